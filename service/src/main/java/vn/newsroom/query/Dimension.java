package vn.newsroom.query;

/** A kind of filter. Values of one dimension are alternatives (OR); dimensions combine with AND. */
public enum Dimension {
    TOPIC, COUNTRY, DATE, SOURCE
}
