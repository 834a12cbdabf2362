using System.Collections.Concurrent;

namespace CommunityChat.Web.Base.Live;

/// <summary>
/// Who is in which room, on this server instance. Counts are sent at most once a second per room, less often for big
/// rooms (<see cref="PresenceBroadcaster"/>, <see cref="OnlineCadence"/>), however many people come and go; with
/// several instances, summed over them (<see cref="IOnlineCounts"/>).
/// </summary>
public sealed class Presence
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<int, byte>> _roomsByConnection = new();
    private readonly ConcurrentDictionary<int, Room> _connectionsByRoom = new();
    private readonly ConcurrentDictionary<int, byte> _dirty = new();

    public int Enter(string connectionId, int chatId)
    {
        _roomsByConnection.GetOrAdd(connectionId, _ => new()).TryAdd(chatId, 0);
        var room = _connectionsByRoom.GetOrAdd(chatId, _ => new());
        room.Add(connectionId);
        _dirty.TryAdd(chatId, 0);
        return room.Count;
    }

    public void Leave(string connectionId, int chatId)
    {
        if (_roomsByConnection.TryGetValue(connectionId, out var rooms))
        {
            rooms.TryRemove(chatId, out _);
        }

        if (_connectionsByRoom.TryGetValue(chatId, out var room) && room.Remove(connectionId))
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

    /// <summary>Marks the room's count as still to send (its last change was held back).</summary>
    public void Changed(int chatId) => _dirty.TryAdd(chatId, 0);

    /// <summary>Every room someone is in on this instance, with its count.</summary>
    public IReadOnlyList<(int ChatId, int Count)> Rooms() =>
        [.. _connectionsByRoom.Where(room => room.Value.Count > 0).Select(room => (room.Key, room.Value.Count))];

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

    /// <summary>
    /// A room's connections and their number, kept as they change: a ConcurrentDictionary's Count takes every one of its
    /// locks, and each Join asked for it (5,000 joining at once contended on them).
    /// </summary>
    private sealed class Room
    {
        private readonly ConcurrentDictionary<string, byte> _connections = new();
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public void Add(string connectionId)
        {
            if (_connections.TryAdd(connectionId, 0))
            {
                Interlocked.Increment(ref _count);
            }
        }

        public bool Remove(string connectionId)
        {
            if (!_connections.TryRemove(connectionId, out _))
            {
                return false;
            }

            Interlocked.Decrement(ref _count);
            return true;
        }
    }
}
