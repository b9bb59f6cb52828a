-- Wrong passwords are throttled per account and source address instead of locking the account
-- (identity/control/SignInThrottle): a flood from one place never locks the owner out elsewhere.
-- The account is the name as typed, known or not, so that unknown accounts are treated alike.
CREATE TABLE sign_in_throttle (
    account          VARCHAR(100) NOT NULL,
    source           VARCHAR(100) NOT NULL,
    failures         INTEGER NOT NULL,
    blocked_until    TIMESTAMP WITH TIME ZONE,
    last_failure_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (account, source)
);
CREATE INDEX sign_in_throttle_age ON sign_in_throttle (last_failure_at);

ALTER TABLE app_user DROP COLUMN failed_logins;
ALTER TABLE app_user DROP COLUMN locked_until;

-- Folding can make a text longer than it was (a Hangul syllable decomposes into two or three
-- letters): the searchable forms get room for it, and SearchText never writes more than this.
ALTER TABLE initiative ALTER COLUMN title_search SET DATA TYPE VARCHAR(1000);
ALTER TABLE organization ALTER COLUMN name_search SET DATA TYPE VARCHAR(1000);
