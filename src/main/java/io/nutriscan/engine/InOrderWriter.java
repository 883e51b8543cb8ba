package io.nutriscan.engine;

import io.nutriscan.model.PageRecord;
import io.nutriscan.model.RecordSink;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.Semaphore;

/** The end of the pipeline: hands records to the sink one by one and gives their window permits back. */
final class InOrderWriter implements Flow.Subscriber<PageRecord> {
    private final RecordSink sink;
    private final Semaphore windowPermits;
    private final CountDownLatch done = new CountDownLatch(1);
    private Flow.Subscription subscription;
    private volatile long written;
    private volatile boolean stopped;
    private volatile boolean stoppedEarly;
    private volatile boolean stoppedFromOutside;
    private volatile IOException sinkFailure;
    private volatile Throwable upstreamFailure;

    InOrderWriter(RecordSink sink, Semaphore windowPermits) {
        this.sink = sink;
        this.windowPermits = windowPermits;
    }

    @Override
    public synchronized void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (stopped) {
            s.cancel();
        } else {
            s.request(Long.MAX_VALUE);
        }
    }

    // Records are handed over under this object's lock, so a stop from outside never lands mid-record.
    @Override
    public synchronized void onNext(PageRecord record) {
        if (stopped) {
            return;
        }
        try {
            boolean more = sink.accept(record);
            written++;
            windowPermits.release();
            if (!more) {
                stoppedEarly = true;
                stop();
            }
        } catch (IOException e) {
            sinkFailure = e;
            stop();
        }
    }

    private void stop() {
        stopped = true;
        if (subscription != null) {
            subscription.cancel();
        }
        done.countDown();
    }

    long written() {
        return written;
    }

    synchronized void stopFromOutside() {
        if (!stopped) {
            stoppedFromOutside = true;
            stop();
        }
    }

    @Override
    public void onError(Throwable failure) {
        upstreamFailure = failure;
        done.countDown();
    }

    @Override
    public void onComplete() {
        done.countDown();
    }

    Pipeline.Outcome await() throws IOException, InterruptedException {
        done.await();
        if (sinkFailure != null) {
            throw sinkFailure;
        }
        Throwable failure = stoppedFromOutside ? null : upstreamFailure;
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
        return new Pipeline.Outcome(written, stoppedEarly, stoppedFromOutside);
    }
}
