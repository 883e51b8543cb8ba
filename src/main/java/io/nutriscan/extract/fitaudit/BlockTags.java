package io.nutriscan.extract.fitaudit;

import io.nutriscan.extract.html.Bytes;

/**
 * Walks the '<' of a block {@link BlockScanner} has vouched for, stepping over the content of its scripts
 * and styles, which is not markup (the readers of the block's bytes share it).
 */
final class BlockTags {

    private final byte[] page;
    private final BlockScanner.Scan scan;
    private int nextScript;

    BlockTags(byte[] page, BlockScanner.Scan scan) {
        this.page = page;
        this.scan = scan;
    }

    /** The next '<' at or after {@code pos} that is markup (a script's or style's own tags included), or -1 at the block's end. */
    int next(int pos) {
        int[] scripts = scan.scripts();
        int at = pos;
        while (true) {
            if (nextScript < scan.scriptCount() && at >= scripts[nextScript]) {
                at = scripts[nextScript + 1];
                nextScript += 2;
                continue;
            }
            int lt = Bytes.indexOf(page, (byte) '<', at, scan.blockEnd());
            if (lt < 0) {
                return -1;
            }
            if (nextScript < scan.scriptCount() && lt >= scripts[nextScript]) {
                at = scripts[nextScript];
                continue;
            }
            return lt;
        }
    }

    /** Where the next script or style starts, or the block's end. */
    int nextScript() {
        return nextScript < scan.scriptCount() ? scan.scripts()[nextScript] : scan.blockEnd();
    }
}
