using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CdsBot.Tests.Fixtures;

/// <summary>Records every log entry the host writes together with the scopes it was written in.</summary>
public sealed class ScopedLogRecorder : ILoggerProvider, ISupportExternalScope
{
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public ConcurrentQueue<Entry> Entries { get; } = new();

    /// <summary>Adds the recorder to a host's logging (pass as a <see cref="BotHost"/> services action).</summary>
    public void Register(IServiceCollection services) => services.AddSingleton<ILoggerProvider>(this);

    public ILogger CreateLogger(string categoryName) => new Recorder(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    /// <param name="Scopes">Each enclosing scope as written ("Inbox event 12 on zalo, …").</param>
    /// <param name="ScopeValues">The scopes' named values (InboxEventId, ConversationId…), innermost last.</param>
    public sealed record Entry(LogLevel Level, string Category, string Message, Exception? Exception, IReadOnlyList<string> Scopes, IReadOnlyDictionary<string, object?> ScopeValues)
    {
        /// <summary>Everything the entry would put in a log: message, exception and scopes.</summary>
        public string AllText => string.Join('\n', [Message, Exception?.ToString() ?? "", .. Scopes, .. ScopeValues.Values.Select(v => v?.ToString() ?? "")]);
    }

    private sealed class Recorder(ScopedLogRecorder owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => owner._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var scopes = new List<string>();
            var values = new Dictionary<string, object?>();
            owner._scopes.ForEachScope(
                (scope, _) =>
                {
                    scopes.Add(scope?.ToString() ?? "");
                    if (scope is IEnumerable<KeyValuePair<string, object?>> pairs)
                    {
                        foreach (var (key, value) in pairs)
                        {
                            values[key] = value;
                        }
                    }
                },
                (object?)null);
            owner.Entries.Enqueue(new Entry(logLevel, category, formatter(state, exception), exception, scopes, values));
        }
    }
}
