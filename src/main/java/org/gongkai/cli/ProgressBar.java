package org.gongkai.cli;

import java.io.PrintWriter;
import org.gongkai.render.Progress;

/**
 * Build progress on standard error, in units done: a bar redrawn in place on a terminal; on anything else (CI, a
 * log file) a plain line at every tenth, so logs stay readable.
 */
final class ProgressBar implements Progress {

    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final boolean terminal;
    private int lastTenth = -1;
    private long lastDraw;

    ProgressBar(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    static ProgressBar forConsole(PrintWriter err) {
        return new ProgressBar(err, System.console() != null);
    }

    @Override
    public synchronized void stage(String name) {
        err.println(name + "……");
        err.flush();
    }

    @Override
    public synchronized void advance(int done, int total) {
        if (total <= 0) {
            return;
        }
        if (terminal) {
            long now = System.nanoTime();
            if (done < total && now - lastDraw < 100_000_000L) {
                return;
            }
            lastDraw = now;
            int filled = (int) ((long) WIDTH * done / total);
            err.print("\r生成中 [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total + " 个单位");
            if (done == total) {
                err.println();
            }
            err.flush();
            return;
        }
        int tenth = (int) (10L * done / total);
        if (tenth != lastTenth) {
            lastTenth = tenth;
            err.println("生成中：" + done + "/" + total + " 个单位（" + tenth * 10 + "%）");
            err.flush();
        }
    }
}
