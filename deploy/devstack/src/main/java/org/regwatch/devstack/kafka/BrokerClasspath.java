package org.regwatch.devstack.kafka;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The broker's runtime classpath, as resolved by Maven in deploy/kafka-broker.
 *
 * <p>That module writes the absolute paths of its dependencies into its own jar (resource
 * {@value #RESOURCE}); this class finds the resource on our classpath and prepends the jar (or
 * classes directory) that holds it, which contains {@code BrokerMain}. The Kafka 4.3.1 server jars
 * themselves are never on OUR classpath.
 */
public final class BrokerClasspath {

  static final String RESOURCE = "org/regwatch/broker/broker.classpath";
  static final String MAIN_CLASS = "org.regwatch.broker.BrokerMain";

  private BrokerClasspath() {}

  public static String resolve() {
    URL url = BrokerClasspath.class.getClassLoader().getResource(RESOURCE);
    if (url == null) {
      throw new IllegalStateException(
          RESOURCE + " is not on the classpath: build deploy/kafka-broker (mvn -B install -pl deploy/kafka-broker)");
    }
    String dependencies;
    try (InputStream in = url.openStream()) {
      dependencies = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + url, e);
    }
    return origin(url) + java.io.File.pathSeparator + dependencies;
  }

  /** The jar file or classes directory the resource came from. */
  private static String origin(URL url) {
    try {
      if ("jar".equals(url.getProtocol())) {
        JarURLConnection connection = (JarURLConnection) url.openConnection();
        connection.setUseCaches(false);
        return Path.of(connection.getJarFileURL().toURI()).toString();
      }
      Path resource = Path.of(url.toURI());
      Path root = resource;
      for (int i = 0; i < RESOURCE.split("/").length; i++) {
        root = root.getParent();
      }
      return root.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
