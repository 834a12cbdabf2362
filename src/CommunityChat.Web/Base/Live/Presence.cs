using System.Collections.Concurrent;

namespace CommunityChat.Web.Base.Live;

/// <summary>
/// Who is in which room, on this server instance. Counts are sent at most once a second per room
/// (<see cref="PresenceBroadcaster"/>), however many people come and go; with several instances, summed over them
/// (<see cref="IOnlineCounts"/>).
/// </summary>
public sealed class Presence
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<int, byte>> _roomsByConnection = new();
    private readonly ConcurrentDictionary<int, ConcurrentDictionary<string, byte>> _connectionsByRoom = new();
    private readonly ConcurrentDictionary<int, byte> _dirty = new();

    public int Enter(string connectionId, int chatId)
    {
        _roomsByConnection.GetOrAdd(connectionId, _ => new()).TryAdd(chatId, 0);
        var room = _connectionsByRoom.GetOrAdd(chatId, _ => new());
        room.TryAdd(connectionId, 0);
        _dirty.TryAdd(chatId, 0);
        return room.Count;
    }

    public void Leave(string connectionId, int chatId)
    {
        if (_roomsByConnection.TryGetValue(connectionId, out var rooms))
        {
            rooms.TryRemove(chatId, out _);
        }

        if (_connectionsByRoom.TryGetValue(chatId, out var room) && room.TryRemove(connectionId, out _))
        {
            _dirty.TryAdd(chatId, 0);
        }
    }

    public void Disconnected(string connectionId)
    {
        if (_roomsByConnection.TryRemove(connectionId, out var rooms))
        {
            foreach (var chatId in rooms.Keys)
            {
                Leave(connectionId, chatId);
            }
        }
    }

    public int Count(int chatId) => _connectionsByRoom.TryGetValue(chatId, out var room) ? room.Count : 0;

    /// <summary>Every room someone is in on this instance, with its count.</summary>
    public IReadOnlyList<(int ChatId, int Count)> Rooms() =>
        [.. _connectionsByRoom.Where(room => !room.Value.IsEmpty).Select(room => (room.Key, room.Value.Count))];

    /// <summary>The rooms whose count changed since the last call, with their counts now.</summary>
    public IReadOnlyList<(int ChatId, int Count)> TakeChanges()
    {
        var changes = new List<(int, int)>();
        foreach (var chatId in _dirty.Keys)
        {
            if (_dirty.TryRemove(chatId, out _))
            {
                changes.Add((chatId, Count(chatId)));
            }
        }

        return changes;
    }
}
