using CommunityChat.Web.Data;

namespace CommunityChat.Web.Base.Posts;

/// <summary>
/// What <see cref="PostWriter"/> gives the builder of each post in one chat's share of a group commit. The posts built
/// before it are saved together after the last one, so a read through <see cref="Db"/> does not see them yet:
/// <see cref="Pending"/> holds them. Reads every post of the group needs can be made once for all of them
/// (<see cref="OnceAsync{T}"/>, over <see cref="Authors"/> and <see cref="Questions"/>).
/// </summary>
public sealed class PostBatch(AppDbContext db, int chatId, IReadOnlyCollection<int> authors, IReadOnlyCollection<int> questions)
{
    private readonly List<Post> _pending = [];
    private readonly Dictionary<string, object> _reads = [];

    /// <summary>The writer's context, in the transaction that holds the chat's lock.</summary>
    public AppDbContext Db { get; } = db;

    public int ChatId { get; } = chatId;

    /// <summary>Everyone with a post in this chat's share of the group.</summary>
    public IReadOnlyCollection<int> Authors { get; } = authors;

    /// <summary>The questions the group's posts answer (as their senders labelled them).</summary>
    public IReadOnlyCollection<int> Questions { get; } = questions;

    /// <summary>Posts of this chat built earlier in the group and not yet saved, in order.</summary>
    public IReadOnlyList<Post> Pending => _pending;

    /// <summary>Reads <paramref name="key"/> once for the whole group; later posts get the same answer.</summary>
    public async Task<T> OnceAsync<T>(string key, Func<AppDbContext, Task<T>> read)
        where T : notnull
    {
        if (!_reads.TryGetValue(key, out var value))
        {
            value = await read(Db);
            _reads[key] = value;
        }

        return (T)value;
    }

    internal void Add(Post post) => _pending.Add(post);

    /// <summary>The pending posts were saved: later reads through <see cref="Db"/> see them, and what was read once is stale.</summary>
    internal void Saved()
    {
        _pending.Clear();
        _reads.Clear();
    }
}
