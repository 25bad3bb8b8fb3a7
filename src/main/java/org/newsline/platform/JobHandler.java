package org.newsline.platform;

/**
 * Runs one kind of background job. Implement as a bean; {@link JobRunner} calls it inside the transaction
 * that claimed the job, so the handler's database writes and the job's completion commit together: a job
 * whose effects are all in the database runs exactly once, even with several nodes or after a crash.
 */
public interface JobHandler {

    /** The kind of job handled, such as {@code article-release}. */
    String kind();

    /**
     * Does the job; throwing schedules a retry with backoff.
     *
     * @param key what the job is about, such as an article id
     */
    void run(String key);
}
