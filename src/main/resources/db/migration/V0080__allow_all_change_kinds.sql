-- Reader reviews (V0051) and the wire's embargo notice (V0060) each rewrote the change-log kind check
-- with only their own addition; this one allows every kind the application writes.
ALTER TABLE change_log DROP CONSTRAINT change_log_kind_check;
ALTER TABLE change_log ADD CONSTRAINT change_log_kind_check
    CHECK (kind IN ('published', 'updated', 'corrected', 'unpublished', 'embargoed',
                    'review-approved', 'review-removed'));
