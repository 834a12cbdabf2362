using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CommunityChat.Web.Tests.Live;

/// <summary>
/// Holds the next read of posts (or of <paramref name="table"/>) once armed: the query has run (its rows are what the
/// reader will get) and the read waits at the gate until the test opens it, so a test can commit something "during" a
/// read.
/// </summary>
public sealed class ReadGate(string table = "Posts") : DbCommandInterceptor
{
    private readonly string _from = $"FROM \"{table}\"";
    private readonly TaskCompletionSource _held = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _armed;

    /// <summary>Completes when a read of posts is being held.</summary>
    public Task Held => _held.Task;

    public void Arm() => Volatile.Write(ref _armed, 1);

    public void Open() => _open.TrySetResult();

    public override async ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        if (command.CommandText.Contains(_from, StringComparison.Ordinal) && Interlocked.Exchange(ref _armed, 0) == 1)
        {
            _held.TrySetResult();
            await _open.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
        }

        return result;
    }
}
