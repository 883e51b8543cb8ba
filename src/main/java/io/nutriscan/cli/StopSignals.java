package io.nutriscan.cli;

import sun.misc.Signal;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntConsumer;

/**
 * Where a request to stop comes from. In a process: SIGINT and SIGTERM, handled by the command
 * itself (not by a shutdown hook racing the run), so the run can stop taking pages, leave an -o
 * destination untouched and exit 130 or 143. A second signal ends the process at once.
 */
@FunctionalInterface
public interface StopSignals {

    /** Calls {@code onStop} with the exit status to use (128 + signal number) when a stop is requested. */
    void register(IntConsumer onStop);

    StopSignals NONE = onStop -> {
    };

    @SuppressWarnings("restriction")
    static StopSignals process() {
        return onStop -> {
            AtomicBoolean stopping = new AtomicBoolean();
            for (String name : new String[] {"INT", "TERM"}) {
                Signal.handle(new Signal(name), signal -> {
                    int status = 128 + signal.getNumber();
                    if (stopping.compareAndSet(false, true)) {
                        onStop.accept(status);
                    } else {
                        // A second signal: no more waiting; exit runs the hooks that remove a temporary output file.
                        new Thread(() -> System.exit(status), "nutriscan-exit").start();
                    }
                });
            }
        };
    }
}
