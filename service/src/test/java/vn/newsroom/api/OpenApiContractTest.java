package vn.newsroom.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiContractTest {

    @Test
    void contractFileEqualsTheServedOpenApi() throws Exception {
        String served = given().accept("application/yaml").get("/q/openapi").then().statusCode(200).extract().asString();
        Path contract = Path.of(System.getProperty("openapi.contract"));
        Path candidate = Path.of("target", "openapi.yaml").toAbsolutePath();
        Files.writeString(candidate, served);

        assertEquals(Files.readString(contract), served, () -> contract.normalize() + " differs from /q/openapi;"
                + " if the API change is intended, copy " + candidate + " over it.");
    }
}
