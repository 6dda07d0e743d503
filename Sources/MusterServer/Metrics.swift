import Hummingbird
import Prometheus

/// Request counts and latencies in the Prometheus text format, served at /metrics.
///
/// Labels use the matched route (`/actors/{code}`), never the raw path, so a crawler walking
/// ids cannot grow the number of series without bound.
final class ServerMetrics: Sendable {
    let registry = PrometheusCollectorRegistry()
    private static let buckets: [Duration] = [
        .microseconds(500), .milliseconds(1), .milliseconds(2), .milliseconds(5), .milliseconds(10),
        .milliseconds(20), .milliseconds(50), .milliseconds(100), .milliseconds(250), .seconds(1),
    ]

    func record(method: String, route: String, status: Int, duration: Duration) {
        let labels = [("method", method), ("route", route), ("status", String(status))]
        registry.makeCounter(descriptor: MetricNameDescriptor(
            namespace: "muster", metricName: "http_requests", unitName: "total",
            helpText: "HTTP requests answered"), labels: labels).increment()
        registry.makeDurationHistogram(descriptor: MetricNameDescriptor(
            namespace: "muster", metricName: "http_request_duration", unitName: "seconds",
            helpText: "Time to answer an HTTP request"),
            labels: [("method", method), ("route", route)], buckets: Self.buckets).record(duration)
    }

    func exposition() -> String { registry.emitToString() }
}

struct MetricsMiddleware<Context: RequestContext>: RouterMiddleware {
    let metrics: ServerMetrics

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        let start = ContinuousClock.now
        let response = try await next(request, context)
        let route = context.endpointPath ?? "unmatched"
        metrics.record(method: request.method.rawValue, route: route, status: response.status.code,
                       duration: ContinuousClock.now - start)
        return response
    }
}
