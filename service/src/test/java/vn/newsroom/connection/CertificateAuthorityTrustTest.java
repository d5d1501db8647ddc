package vn.newsroom.connection;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CertificateAuthorityTrustTest {

    @Test
    void aMissingCaFileStopsStartUpNamingTheFile(@TempDir Path dir) {
        Path missing = dir.resolve("ca.crt");
        var failure = assertThrows(IllegalStateException.class, () -> CertificateAuthorityTrust.trusting(missing));
        assertTrue(failure.getMessage().contains(missing.toString()), failure.getMessage());
    }

    @Test
    void aFileWithoutCertificatesStopsStartUp(@TempDir Path dir) throws Exception {
        Path empty = Files.writeString(dir.resolve("ca.crt"), "");
        assertThrows(IllegalStateException.class, () -> CertificateAuthorityTrust.trusting(empty));
    }
}
