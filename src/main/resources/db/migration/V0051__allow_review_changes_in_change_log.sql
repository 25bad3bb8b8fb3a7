-- An approved review is a change readers can see, and so is one taken down after it was shown: both are
-- written to the change log. Followers that only care about story text skip these kinds.
ALTER TABLE change_log DROP CONSTRAINT change_log_kind_check;
ALTER TABLE change_log ADD CONSTRAINT change_log_kind_check
    CHECK (kind IN ('published', 'updated', 'corrected', 'unpublished', 'review-approved', 'review-removed'));
