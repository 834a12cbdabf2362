using System.Text.Json;
using CommunityChat.Web.Data;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CommunityChat.Web.Infrastructure;

/// <summary>
/// `/healthz/live` (the process answers: restart it when this fails) and `/healthz/ready` (the database and, when the
/// backplane is configured, Redis answer: send it traffic). For a proxy or an orchestrator polling every few seconds:
/// no rate limit, no cookie, no antiforgery, nothing read but one row.
/// </summary>
public static class HealthEndpoints
{
    private const string Ready = "ready";

    public static IServiceCollection AddHealthEndpoints(this IServiceCollection services, IConfiguration configuration)
    {
        var checks = services.AddHealthChecks()
            .AddDbContextCheck<AppDbContext>("database", tags: [Ready], customTestQuery: CanReadAsync);
        if (RedisConnection.ConnectionString(configuration) is not null)
        {
            services.AddSingleton<RedisHealthCheck>();
            checks.AddCheck<RedisHealthCheck>("redis", tags: [Ready], timeout: TimeSpan.FromSeconds(5));
        }

        return services;
    }

    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/healthz/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync });
        app.MapHealthChecks("/healthz/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(Ready), ResponseWriter = WriteAsync });
        return app;
    }

    /// <summary>
    /// CanConnect alone is not enough: on SQLite it only asks whether the file exists. Reading a row proves the file
    /// opens and holds the schema; when the file is gone nothing is read, so no empty database is created in its place.
    /// </summary>
    private static async Task<bool> CanReadAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.Database.CanConnectAsync(cancellationToken))
        {
            return false;
        }

        await db.Communities.AsNoTracking().Select(c => c.Id).FirstOrDefaultAsync(cancellationToken);
        return true;
    }

    /// <summary>`{"status":"Healthy","checks":{"database":"Healthy"}}`: names and states only, never an exception's text.</summary>
    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(entry => entry.Key, entry => entry.Value.Status.ToString()),
        }));
    }
}
