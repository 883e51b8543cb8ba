package io.nutriscan.input.web;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.vertx.core.AsyncResult;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.WriteStream;
import io.vertx.ext.web.codec.BodyCodec;
import io.vertx.ext.web.codec.spi.BodyStream;


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
            g.fail(why);
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

    /**
     * The body as it arrives, gathered off the heap in a pooled buffer that is given back as soon as the body
     * ends or fails: only the finished page becomes a heap array. Gathered on the heap, the bodies of every
     * request in flight outlived young collections and filled the old generation with garbage that the serial
     * collector grows the heap for rather than collects (2,000 URLs at 64 per host: 750 MB peak).
     */
    private final class Gathering implements BodyStream<byte[]> {
        final Promise<byte[]> result = Promise.promise();
        private ByteBuf bytes;

        @Override
        public Future<byte[]> result() {
            return result.future();
        }

        @Override
        public void handle(Throwable failure) {
            fail(failure);
        }

        private synchronized void fail(Throwable failure) {
            result.tryFail(failure);
            release();
        }

        private void release() {
            if (bytes != null) {
                bytes.release();
                bytes = null;
            }
        }

        @Override
        public synchronized Future<Void> write(Buffer data) {
            if (result.future().isComplete()) {
                return Future.failedFuture(result.future().cause() != null ? result.future().cause() : new IllegalStateException("ended"));
            }
            long size = bytes == null ? 0 : bytes.readableBytes();
            if (size + data.length() > limit) {
                TooLarge tooLarge = new TooLarge(limit);
                fail(tooLarge);
                return Future.failedFuture(tooLarge);
            }
            if (bytes == null) {
                bytes = PooledByteBufAllocator.DEFAULT.directBuffer(Math.max(data.length(), 64 << 10));
            }
            bytes.writeBytes(data.getByteBuf());
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
        public synchronized void end(Handler<AsyncResult<Void>> handler) {
            if (!result.future().isComplete()) {
                byte[] page = new byte[bytes == null ? 0 : bytes.readableBytes()];
                if (bytes != null) {
                    bytes.readBytes(page);
                }
                release();
                result.tryComplete(page);
            }
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
