package org.regwatch.poller.polling;

import java.time.Duration;

/**
 * What a conditional GET returned after redirects.
 *
 * @param status final HTTP status (200, 304, 4xx, 5xx)
 * @param body decompressed body, empty for 304
 * @param movedTo the new URL when every redirect on the way was permanent (301/308), else null
 * @param retryAfter the server's Retry-After on 429/503, else null
 * @param maxAge Cache-Control max-age, else null
 * @param wireBytes bytes received before decompression
 * @param links the response's {@code Link} header values (WebSub discovery)
 */
public record FetchResult(
    int status,
    byte[] body,
    String contentType,
    String etag,
    String lastModified,
    String movedTo,
    Duration retryAfter,
    Duration maxAge,
    long wireBytes,
    java.util.List<String> links) {

  public boolean notModified() {
    return status == 304;
  }
}
