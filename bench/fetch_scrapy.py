#!/usr/bin/env python3
"""The Scrapy peer of the fetch benchmark: a spider that fetches a list of URLs with Scrapy's own
downloader (robots.txt obeyed, PER_HOST requests per host and in all, no delay, its default retries) and
reads each page with the lxml peer's rules (lxml_pool.parse_data, --nutrients as there). Records are
written in input order at the end, as nutriscan writes them.

usage: fetch_scrapy.py [--nutrients] [--autothrottle] URLS_TXT PER_HOST
"""
import sys

import scrapy
from scrapy.crawler import CrawlerProcess

import lxml_pool
from records import read_sources, write_records


class Pages(scrapy.Spider):
    name = "nutriscan-peer"

    def __init__(self, urls=None, results=None, **kwargs):
        super().__init__(**kwargs)
        self.urls = urls
        self.results = results

    def start_requests(self):
        for k, url in enumerate(self.urls):
            yield scrapy.Request(url, callback=self.page, errback=self.failed, dont_filter=True, cb_kwargs={"k": k})

    def page(self, response, k):
        self.results[k] = lxml_pool.parse_data(response.body) if response.status == 200 else {
            "values": None, "error": "HTTP %d" % response.status}

    def failed(self, failure):
        k = failure.request.cb_kwargs["k"]
        self.results[k] = {"values": None, "error": repr(failure.value)}


def main():
    args = sys.argv[1:]
    autothrottle = False
    while args[:1] in (["--nutrients"], ["--autothrottle"]):
        if args[0] == "--nutrients":
            lxml_pool.init(True)
        autothrottle = autothrottle or args[0] == "--autothrottle"
        args = args[1:]
    urls = read_sources(args[0])
    per_host = int(args[1])
    results = [{"values": None, "error": "not fetched"}] * len(urls)
    results = list(results)
    process = CrawlerProcess(settings={
        "LOG_LEVEL": "ERROR",
        "ROBOTSTXT_OBEY": True,
        "CONCURRENT_REQUESTS": per_host,
        "CONCURRENT_REQUESTS_PER_DOMAIN": per_host,
        "DOWNLOAD_DELAY": 0,
        "TELNETCONSOLE_ENABLED": False,
        "HTTPERROR_ALLOW_ALL": True,
        "COOKIES_ENABLED": False,
        # --autothrottle: Scrapy's own answer to a server that pushes back (its latency-targeting AutoThrottle; its
        # retry middleware retries 429 twice by default).
        "AUTOTHROTTLE_ENABLED": autothrottle,
        "AUTOTHROTTLE_TARGET_CONCURRENCY": float(per_host),
    })
    process.crawl(Pages, urls=urls, results=results)
    process.start()
    write_records(urls, results)


if __name__ == "__main__":
    main()
