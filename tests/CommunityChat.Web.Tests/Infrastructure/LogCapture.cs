using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace CommunityChat.Web.Tests.Infrastructure;

/// <summary>
/// A logger provider that keeps every line the app logs, with everything a structured sink would store: the category,
/// the level, the message, each named value, the scopes and the exception with its inner ones.
/// </summary>
public sealed class LogCapture : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<LogLine> _lines = new();
    private IExternalScopeProvider? _scopes;

    public IReadOnlyCollection<LogLine> Lines => [.. _lines];

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    public sealed record LogLine(string Category, LogLevel Level, string Everything);

    private sealed class Logger(LogCapture capture, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => capture._scopes?.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var parts = new List<string?> { formatter(state, exception), exception?.ToString() };
            if (state is IEnumerable<KeyValuePair<string, object?>> values)
            {
                parts.AddRange(values.Select(value => $"{value.Key}={value.Value}"));
            }

            capture._scopes?.ForEachScope(
                (scope, list) =>
                {
                    list.Add(scope?.ToString());
                    if (scope is IEnumerable<KeyValuePair<string, object?>> scopeValues)
                    {
                        list.AddRange(scopeValues.Select(value => $"{value.Key}={value.Value}"));
                    }
                },
                parts);
            capture._lines.Enqueue(new LogLine(category, logLevel, string.Join(" | ", parts.Where(part => part is not null))));
        }
    }
}
