package org.newsline.backup;

/** Reports how far a long export or import has come, such as to a progress bar on the terminal. */
public interface Progress {

    /** Reports nothing. */
    Progress NONE = new Progress() {
        @Override
        public void begin(String task, long total) {}

        @Override
        public void advance(long done) {}

        @Override
        public void end() {}
    };

    /** A new step begins, of {@code total} units (rows). */
    void begin(String task, long total);

    /** {@code done} more units of the current step are finished. */
    void advance(long done);

    /** The current step is finished. */
    void end();
}
