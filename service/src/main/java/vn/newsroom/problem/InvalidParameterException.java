package vn.newsroom.problem;

import jakarta.ws.rs.BadRequestException;

/**
 * A request parameter the service cannot use (an unknown country, a bad date, text where a number belongs). It is a
 * {@link BadRequestException} so that it also passes unchanged through the REST layer's parameter conversion.
 */
public class InvalidParameterException extends BadRequestException {

    private final String parameter;

    public InvalidParameterException(String parameter, String reason) {
        super(reason);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
