namespace CommunityChat.Core.People;

/// <summary>
/// The rules of counting a community's people (SPEC rule 32). A person's figures come from the ended chats they took
/// part in: how many, the first and the latest. Regulars took part in at least <see cref="RegularMinimum"/> of the last
/// <see cref="RegularWindow"/> chats. A chat's newcomers are those for whom it was the first; the others returned.
/// Pure: the caller reads the attendance, this counts it.
/// </summary>
public sealed class PeopleFigures
{
    public const int RegularWindow = 5;
    public const int RegularMinimum = 3;

    private readonly Dictionary<int, PersonFigures> _people = [];

    /// <param name="chatsInOrder">The community's ended chats, oldest first.</param>
    /// <param name="attendance">Who took part where; pairs may repeat, chats not in <paramref name="chatsInOrder"/> are ignored.</param>
    public PeopleFigures(IReadOnlyList<int> chatsInOrder, IEnumerable<Attendance> attendance)
    {
        ArgumentNullException.ThrowIfNull(chatsInOrder);
        ArgumentNullException.ThrowIfNull(attendance);
        var position = new Dictionary<int, int>(chatsInOrder.Count);
        for (var i = 0; i < chatsInOrder.Count; i++)
        {
            position[chatsInOrder[i]] = i;
        }

        foreach (var group in attendance.Where(a => position.ContainsKey(a.ChatId)).GroupBy(a => a.PersonId))
        {
            var attended = group.Select(a => position[a.ChatId]).Distinct().ToList();
            _people[group.Key] = new PersonFigures(group.Key, attended.Count, chatsInOrder[attended.Min()], chatsInOrder[attended.Max()]);
        }
    }

    /// <summary>Everyone who took part: how many people that is.</summary>
    public int Count => _people.Count;

    /// <summary>A person's figures, or null when they took part in none of the chats.</summary>
    public PersonFigures? Person(int personId) => _people.GetValueOrDefault(personId);

    /// <summary>Whether someone who took part in <paramref name="ofLastChats"/> of the last <see cref="RegularWindow"/> chats is a regular.</summary>
    public static bool IsRegular(int ofLastChats) => ofLastChats >= RegularMinimum;

    /// <summary>The share of a chat's participants who had taken part before, from 0 to 1 (0 for a chat nobody took part in).</summary>
    public static double ReturningRate(int participants, int returning) => participants == 0 ? 0 : (double)returning / participants;
}
