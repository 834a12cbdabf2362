namespace CommunityChat.Web.Features.Live;

/// <summary>
/// A crowd arriving at once (issue 8: 5,000 people opening the room when the chat starts) reads the room once per
/// moment, not once per person. Readers who are not signed in all see the same room, so their Joins for the same chat
/// and starting point share a read, the way <see cref="Base.Posts.PostWriter"/> shares a commit: a lone Join reads at
/// once; Joins that arrive while a read runs wait for the next one, which starts when it ends. A read therefore always
/// starts after every Join it answers had entered the chat's group (ChatHub.Join enters it before it asks), so nothing
/// committed in between is missed (rule 7) — a read that had already started is never handed to a later Join.
/// </summary>
public sealed class SharedRoomReads(IServiceScopeFactory scopes)
{
    private readonly Dictionary<(int ChatId, long After), Lane> _lanes = [];
    private long _reads;
    private long _joins;

    /// <summary>How many of the public's Joins asked for a read since start.</summary>
    public long Joins => Interlocked.Read(ref _joins);

    /// <summary>How many reads answered the public's Joins since start (fewer than the Joins when crowds arrive).</summary>
    public long Reads => Interlocked.Read(ref _reads);

    /// <summary>The room as the public sees it after <paramref name="afterSequence"/>, read by <see cref="RoomSnapshot"/>.</summary>
    public Task<JoinResult> ReadAsync(int chatId, long afterSequence)
    {
        Interlocked.Increment(ref _joins);
        var key = (chatId, afterSequence);
        TaskCompletionSource<JoinResult> answer;
        Lane? start = null;
        lock (_lanes)
        {
            if (_lanes.TryGetValue(key, out var lane))
            {
                answer = lane.Next ??= NewAnswer();
            }
            else
            {
                start = _lanes[key] = new Lane();
                answer = NewAnswer();
            }
        }

        if (start is not null)
        {
            _ = Task.Run(() => ReadWhileAskedAsync(key, start, answer));
        }

        return answer.Task;
    }

    private async Task ReadWhileAskedAsync((int ChatId, long After) key, Lane lane, TaskCompletionSource<JoinResult>? answer)
    {
        while (answer is not null)
        {
            try
            {
                Interlocked.Increment(ref _reads);
                await using var scope = scopes.CreateAsyncScope();
                var snapshot = scope.ServiceProvider.GetRequiredService<RoomSnapshot>();
                answer.TrySetResult(await snapshot.ReadOwnAsync(key.ChatId, key.After, Base.Access.Viewer.Public, online: 0));
            }
            catch (Exception e)
            {
                answer.TrySetException(e);
            }

            lock (_lanes)
            {
                (answer, lane.Next) = (lane.Next, null);
                if (answer is null)
                {
                    _lanes.Remove(key);
                }
            }
        }
    }

    private static TaskCompletionSource<JoinResult> NewAnswer() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>A read is running for this chat and starting point; <see cref="Next"/> gathers the Joins for the next.</summary>
    private sealed class Lane
    {
        public TaskCompletionSource<JoinResult>? Next { get; set; }
    }
}
