package io.nutriscan.input.web;

import io.vertx.core.AsyncResult;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.WriteStream;
import io.vertx.ext.web.codec.BodyCodec;
import io.vertx.ext.web.codec.spi.BodyStream;

import java.io.ByteArrayOutputStream;

/**
 * A response body gathered as it streams in, up to a limit: one byte more fails the response (the web client
 * then resets the request), so a huge or endless body is never buffered whole. {@link #abort} fails it
 * from outside, for a request that ran out of time while the body still drips in.
 */
final class CappedBody implements BodyCodec<byte[]> {

    /** The body went past the limit. */
    static final class TooLarge extends RuntimeException {
        TooLarge(long limit) {
            super("the body is larger than --max-page-size (" + limit + " bytes)", null, false, false);
        }
    }

    private final long limit;
    private volatile Gathering current;
    private volatile Throwable abortedWith;

    CappedBody(long limit) {
        this.limit = limit;
    }

    void abort(Throwable why) {
        abortedWith = why;
        Gathering g = current;
        if (g != null) {
            g.result.tryFail(why);
        }
    }

    @Override
    public void create(Handler<AsyncResult<BodyStream<byte[]>>> handler) {
        Gathering g = new Gathering();
        current = g;
        if (abortedWith != null) {
            g.result.tryFail(abortedWith);
        }
        handler.handle(Future.succeededFuture(g));
    }

    private final class Gathering implements BodyStream<byte[]> {
        final Promise<byte[]> result = Promise.promise();
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        @Override
        public Future<byte[]> result() {
            return result.future();
        }

        @Override
        public void handle(Throwable failure) {
            result.tryFail(failure);
        }

        @Override
        public Future<Void> write(Buffer data) {
            if (result.future().isComplete()) {
                return Future.failedFuture(result.future().cause() != null ? result.future().cause() : new IllegalStateException("ended"));
            }
            if (bytes.size() + (long) data.length() > limit) {
                TooLarge tooLarge = new TooLarge(limit);
                result.tryFail(tooLarge);
                return Future.failedFuture(tooLarge);
            }
            bytes.writeBytes(data.getBytes());
            return Future.succeededFuture();
        }

        @Override
        public void write(Buffer data, Handler<AsyncResult<Void>> handler) {
            Future<Void> f = write(data);
            if (handler != null) {
                handler.handle(f);
            }
        }

        @Override
        public void end(Handler<AsyncResult<Void>> handler) {
            result.tryComplete(bytes.toByteArray());
            if (handler != null) {
                handler.handle(Future.succeededFuture());
            }
        }

        @Override
        public Future<Void> end() {
            Promise<Void> p = Promise.promise();
            end(p);
            return p.future();
        }

        @Override
        public WriteStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
            return this;
        }

        @Override
        public WriteStream<Buffer> setWriteQueueMaxSize(int maxSize) {
            return this;
        }

        @Override
        public boolean writeQueueFull() {
            return false;
        }

        @Override
        public WriteStream<Buffer> drainHandler(Handler<Void> handler) {
            return this;
        }
    }
}
