-- The working-day calendar as data: one row per official holiday or make-up working day, and the
-- years whose official calendar is loaded. A year without a row in calendar_year is counted on
-- weekends alone, and deadlines reaching into it are flagged.

CREATE TABLE calendar_year (
    year_no            INTEGER      NOT NULL PRIMARY KEY,
    loaded_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    loaded_by          VARCHAR(60)  NOT NULL,
    -- the file the year was loaded from, or "edited" after single-day changes
    source             VARCHAR(200) NOT NULL
);

CREATE TABLE calendar_day (
    day_date           DATE         NOT NULL PRIMARY KEY,
    year_no            INTEGER      NOT NULL REFERENCES calendar_year (year_no),
    -- HOLIDAY or WORKDAY (an official make-up working day on a weekend)
    kind               VARCHAR(10)  NOT NULL,
    name               VARCHAR(60)  NOT NULL,
    CONSTRAINT ck_calendar_day_kind CHECK (kind IN ('HOLIDAY', 'WORKDAY'))
);
CREATE INDEX ix_calendar_day_year ON calendar_day (year_no);
