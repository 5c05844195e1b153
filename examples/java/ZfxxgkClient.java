import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Calls the zfxxgk report service from Java 17 with java.net.http only (no library):
 * validates a report, renders it to PDF, and asks again with If-None-Match (answered 304, nothing rendered).
 *
 * <pre>
 * javac ZfxxgkClient.java
 * java ZfxxgkClient http://127.0.0.1:8080 report.json report.pdf
 * </pre>
 *
 * Set ZFXXGK_TOKEN when the service was started with a token. Exit code 0 when the PDF was written,
 * 1 when the report has errors (their JSON is printed), 2 for any other failure.
 */
public final class ZfxxgkClient {
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final String base;
  private final String token;

  ZfxxgkClient(String base, String token) {
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    this.token = token;
  }

  private HttpRequest.Builder post(String path, byte[] body) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofMinutes(2))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (token != null && !token.isEmpty()) builder.header("Authorization", "Bearer " + token);
    return builder;
  }

  /** POST /v1/validate: the JSON answer { ok, issues, report? }. */
  String validate(byte[] report) throws IOException, InterruptedException {
    HttpResponse<String> res = http.send(post("/v1/validate", report).build(), HttpResponse.BodyHandlers.ofString());
    if (res.statusCode() != 200) throw new IOException("validate: HTTP " + res.statusCode() + " " + res.body());
    return res.body();
  }

  /** POST /v1/render?format=pdf: the PDF's bytes and its ETag, or the error's JSON. */
  HttpResponse<byte[]> renderPdf(byte[] report, String ifNoneMatch) throws IOException, InterruptedException {
    HttpRequest.Builder builder = post("/v1/render?format=pdf", report);
    if (ifNoneMatch != null) builder.header("If-None-Match", ifNoneMatch);
    return http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      System.err.println("usage: java ZfxxgkClient <service URL> <report.json> <out.pdf>");
      System.exit(2);
    }
    ZfxxgkClient client = new ZfxxgkClient(args[0], System.getenv("ZFXXGK_TOKEN"));
    byte[] report = Files.readAllBytes(Path.of(args[1]));

    String validation = client.validate(report);
    boolean ok = validation.startsWith("{\"ok\":true");
    System.out.println("validate: ok=" + ok);
    if (!ok) {
      System.out.println(validation);
      System.exit(1);
    }

    HttpResponse<byte[]> pdf = client.renderPdf(report, null);
    if (pdf.statusCode() == 429 || pdf.statusCode() == 503) {
      // Busy or recovering: the service says when to come back.
      String wait = pdf.headers().firstValue("Retry-After").orElse("5");
      System.err.println("busy, retry after " + wait + " s: " + new String(pdf.body(), "UTF-8"));
      System.exit(2);
    }
    if (pdf.statusCode() != 200) {
      System.err.println("render: HTTP " + pdf.statusCode() + " " + new String(pdf.body(), "UTF-8"));
      System.exit(pdf.statusCode() == 422 ? 1 : 2);
    }
    Files.write(Path.of(args[2]), pdf.body());
    String etag = pdf.headers().firstValue("ETag").orElseThrow();
    System.out.println("render: " + pdf.body().length + " bytes, ETag " + etag);

    // The same report again: the service knows the content key and renders nothing.
    HttpResponse<byte[]> again = client.renderPdf(report, etag);
    System.out.println("render again: HTTP " + again.statusCode());
  }
}
