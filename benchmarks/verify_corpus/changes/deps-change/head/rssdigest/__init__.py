"""rssdigest: daily digests from RSS feeds."""
