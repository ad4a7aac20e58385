-- Marsad schema v1. The database is the source of truth; the Lucene index is derived from
-- articles + tags and rebuilt by `marsad reindex`. Times are ISO-8601 text (instants in UTC with Z,
-- publish times with the offset the outlet gave) plus epoch milliseconds where we sort.
CREATE TABLE sources (
  id          INTEGER PRIMARY KEY,
  key         TEXT NOT NULL UNIQUE,
  name_ar     TEXT NOT NULL,
  name_latin  TEXT NOT NULL,
  homepage    TEXT NOT NULL,
  country     TEXT NOT NULL,
  lang        TEXT NOT NULL,
  created_at  TEXT NOT NULL
);

CREATE TABLE feeds (
  id              INTEGER PRIMARY KEY,
  source_id       INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
  url             TEXT NOT NULL UNIQUE,
  kind            TEXT NOT NULL,
  etag            TEXT,
  last_modified   TEXT,
  soft_errors     INTEGER NOT NULL DEFAULT 0,
  hard_errors     INTEGER NOT NULL DEFAULT 0,
  disabled        INTEGER NOT NULL DEFAULT 0,
  interval_s      INTEGER NOT NULL,
  next_poll_ms    INTEGER NOT NULL,
  last_polled_ms  INTEGER,
  last_error      TEXT,
  items_seen      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX feeds_due ON feeds(disabled, next_poll_ms);

-- Items a feed announced. Written in the same transaction as the feed's new state, so an item
-- accepted from a feed survives a crash before its page is fetched: state 'pending' is retried.
CREATE TABLE items (
  id            INTEGER PRIMARY KEY,
  source_id     INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
  feed_id       INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
  identity      TEXT NOT NULL,
  url           TEXT NOT NULL,
  title         TEXT,
  summary       TEXT,
  published     TEXT,
  categories    TEXT NOT NULL DEFAULT '[]',
  state         TEXT NOT NULL DEFAULT 'pending',
  attempts      INTEGER NOT NULL DEFAULT 0,
  last_error    TEXT,
  first_seen_ms INTEGER NOT NULL,
  article_id    INTEGER,
  UNIQUE (source_id, identity)
);
CREATE INDEX items_url ON items(source_id, url);
CREATE INDEX items_state ON items(state, first_seen_ms);

CREATE TABLE stories (
  id            INTEGER PRIMARY KEY,
  title         TEXT NOT NULL,
  first_seen_ms INTEGER NOT NULL,
  last_seen_ms  INTEGER NOT NULL
);

CREATE TABLE articles (
  id            INTEGER PRIMARY KEY,
  source_id     INTEGER NOT NULL REFERENCES sources(id),
  identity      TEXT NOT NULL,
  url           TEXT NOT NULL,
  canonical_url TEXT NOT NULL UNIQUE,
  title         TEXT NOT NULL,
  published     TEXT NOT NULL,
  published_ms  INTEGER NOT NULL,
  modified      TEXT,
  fetched_at    TEXT NOT NULL,
  authors       TEXT NOT NULL,
  description   TEXT,
  body_text     TEXT NOT NULL,
  body_html     TEXT NOT NULL,
  lang          TEXT,
  site_name     TEXT,
  source_credit TEXT,
  images        TEXT NOT NULL,
  embeds        TEXT NOT NULL,
  page_related  TEXT NOT NULL,
  story_id      INTEGER NOT NULL REFERENCES stories(id),
  simhash       INTEGER NOT NULL,
  story_terms   TEXT NOT NULL,
  UNIQUE (source_id, identity)
);
CREATE INDEX articles_published ON articles(published_ms DESC);
CREATE INDEX articles_source ON articles(source_id, published_ms DESC);
CREATE INDEX articles_story ON articles(story_id);

CREATE TABLE tags (
  id    INTEGER PRIMARY KEY,
  slug  TEXT NOT NULL UNIQUE,
  name  TEXT NOT NULL,
  kind  TEXT NOT NULL
);

CREATE TABLE article_tags (
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  tag_id     INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
  position   INTEGER NOT NULL,
  PRIMARY KEY (article_id, tag_id)
);
CREATE INDEX article_tags_tag ON article_tags(tag_id);

CREATE TABLE fetch_log (
  id        INTEGER PRIMARY KEY,
  at_ms     INTEGER NOT NULL,
  source_id INTEGER REFERENCES sources(id) ON DELETE SET NULL,
  url       TEXT NOT NULL,
  outcome   TEXT NOT NULL,
  status    INTEGER,
  detail    TEXT
);
CREATE INDEX fetch_log_at ON fetch_log(at_ms DESC);
