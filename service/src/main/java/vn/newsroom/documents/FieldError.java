package vn.newsroom.documents;

/** One field of a document that cannot be accepted, and why. */
public record FieldError(String name, String reason) {

    @Override
    public String toString() {
        return name + ": " + reason;
    }
}
