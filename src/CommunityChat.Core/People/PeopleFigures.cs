namespace CommunityChat.Core.People;

/// <summary>
/// A community's people, counted from who took part in which of its ended chats (SPEC rule 32): per person their count,
/// first and latest chat; the regulars (at least <see cref="RegularMinimum"/> of the last <see cref="RegularWindow"/>
/// chats); per chat its participants, newcomers (their first chat) and returning rate. Pure: the caller reads the
/// attendance, this counts it.
/// </summary>
public sealed class PeopleFigures
{
    public const int RegularWindow = 5;
    public const int RegularMinimum = 3;

    private readonly IReadOnlyList<int> chats;
    private readonly Dictionary<int, int> position;
    private readonly Dictionary<int, PersonFigures> people;
    private readonly Dictionary<int, int> recent;
    private readonly ChatFigures[] perChat;
    private readonly List<int>[] newcomers;

    /// <param name="chatsInOrder">The community's ended chats, oldest first.</param>
    /// <param name="attendance">Who took part where; pairs may repeat, chats not in <paramref name="chatsInOrder"/> are ignored.</param>
    public PeopleFigures(IReadOnlyList<int> chatsInOrder, IEnumerable<Attendance> attendance)
    {
        ArgumentNullException.ThrowIfNull(chatsInOrder);
        ArgumentNullException.ThrowIfNull(attendance);
        chats = chatsInOrder;
        position = new Dictionary<int, int>(chats.Count);
        for (var i = 0; i < chats.Count; i++)
        {
            position[chats[i]] = i;
        }

        var byPerson = new Dictionary<int, SortedSet<int>>();
        foreach (var (chatId, personId) in attendance)
        {
            if (!position.TryGetValue(chatId, out var at))
            {
                continue;
            }

            if (!byPerson.TryGetValue(personId, out var attended))
            {
                byPerson[personId] = attended = [];
            }

            attended.Add(at);
        }

        var participants = new int[chats.Count];
        newcomers = Enumerable.Range(0, chats.Count).Select(_ => new List<int>()).ToArray();
        people = new Dictionary<int, PersonFigures>(byPerson.Count);
        recent = [];
        var windowStart = chats.Count - RegularWindow;
        foreach (var (personId, attended) in byPerson)
        {
            people[personId] = new PersonFigures(personId, attended.Count, chats[attended.Min], chats[attended.Max]);
            newcomers[attended.Min].Add(personId);
            foreach (var at in attended)
            {
                participants[at]++;
            }

            recent[personId] = attended.GetViewBetween(Math.Max(0, windowStart), int.MaxValue).Count;
        }

        perChat = [.. chats.Select((id, i) => new ChatFigures(id, participants[i], participants[i] - newcomers[i].Count))];
    }

    /// <summary>The ended chats counted, oldest first.</summary>
    public IReadOnlyList<int> Chats => chats;

    /// <summary>Everyone who ever took part: how many people that is.</summary>
    public int Count => people.Count;

    public PersonFigures? Person(int personId) => people.GetValueOrDefault(personId);

    /// <summary>How many of the last <see cref="RegularWindow"/> chats a person took part in.</summary>
    public int RecentChats(int personId) => recent.GetValueOrDefault(personId);

    /// <summary>
    /// The regulars, leaving out <paramref name="excluded"/> (the banned): most of the recent chats first, then most
    /// chats, then the longest-standing.
    /// </summary>
    public IReadOnlyList<PersonFigures> Regulars(IReadOnlySet<int> excluded)
    {
        ArgumentNullException.ThrowIfNull(excluded);
        return [.. people.Values
            .Where(p => recent[p.PersonId] >= RegularMinimum && !excluded.Contains(p.PersonId))
            .OrderByDescending(p => recent[p.PersonId])
            .ThenByDescending(p => p.Chats)
            .ThenBy(p => position[p.FirstChatId])
            .ThenBy(p => p.PersonId)];
    }

    /// <summary>Those for whom <paramref name="chatId"/> was their first chat.</summary>
    public IReadOnlyList<PersonFigures> NewcomersOf(int chatId) =>
        position.TryGetValue(chatId, out var at) ? [.. newcomers[at].Select(id => people[id]).OrderBy(p => p.PersonId)] : [];

    /// <summary>Everyone, in the order <paramref name="sort"/> says, a page of them.</summary>
    public IReadOnlyList<PersonFigures> Page(PeopleSort sort, int skip, int take)
    {
        var ordered = sort == PeopleSort.FirstChat
            ? people.Values.OrderBy(p => position[p.FirstChatId]).ThenByDescending(p => p.Chats)
            : people.Values.OrderByDescending(p => p.Chats).ThenBy(p => position[p.FirstChatId]);
        return [.. ordered.ThenBy(p => p.PersonId).Skip(skip).Take(take)];
    }

    /// <summary>The figures of the last <paramref name="count"/> chats, oldest first (a chart's left to right).</summary>
    public IReadOnlyList<ChatFigures> LastChats(int count) => [.. perChat.Skip(Math.Max(0, perChat.Length - count))];
}
