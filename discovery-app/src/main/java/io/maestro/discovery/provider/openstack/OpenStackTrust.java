package io.maestro.discovery.provider.openstack;

import io.maestro.discovery.provider.ProviderException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * The TLS trust of a connection: the JVM's certificate authorities, plus those of the connection's CA bundle (PEM) when
 * it has one, as private clouds sign their endpoints with their own CA. Certificates and host names are always
 * verified: there is no way to turn verification off.
 */
final class OpenStackTrust {

    private OpenStackTrust() {
    }

    /** @throws ProviderException when the bundle holds no readable certificate */
    static SSLContext withBundle(String pemBundle) {
        Collection<? extends Certificate> bundle;
        try {
            bundle = CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(pemBundle.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException unreadable) {
            throw new ProviderException("The connection's CA bundle is not readable as PEM certificates: "
                    + unreadable.getMessage());
        }
        if (bundle.isEmpty()) {
            throw new ProviderException("The connection's CA bundle holds no PEM certificate");
        }
        try {
            KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
            trusted.load(null, null);
            int index = 0;
            for (X509Certificate authority : systemTrust().getAcceptedIssuers()) {
                trusted.setCertificateEntry("system-" + index++, authority);
            }
            for (Certificate authority : bundle) {
                trusted.setCertificateEntry("bundle-" + index++, authority);
            }
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, factory.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException("The JVM cannot build a TLS context", e);
        }
    }

    private static X509TrustManager systemTrust() throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init((KeyStore) null);
        for (TrustManager manager : factory.getTrustManagers()) {
            if (manager instanceof X509TrustManager x509) {
                return x509;
            }
        }
        throw new IllegalStateException("The JVM has no X.509 trust manager");
    }
}
