/**
 * Whether bytes begin as an HTML page (or gzip), for files without an extension and bodies served as
 * application/octet-stream: shared by the folder walk, the WARC reader and the fetcher. Uses nothing of
 * nutriscan's.
 */
package io.nutriscan.input.sniff;
