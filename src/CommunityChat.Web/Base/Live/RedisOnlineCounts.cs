using System.Globalization;
using CommunityChat.Web.Infrastructure;
using StackExchange.Redis;

namespace CommunityChat.Web.Base.Live;

/// <summary>
/// Several instances sharing Redis: each writes its own count of a room into the room's hash (a field per instance,
/// with the moment it expires, refreshed every second while it has someone there), and the room's count is the sum of
/// the fields not expired. An instance that dies stops refreshing, so its people leave the count within
/// <see cref="Expiry"/>. Expiry is judged by Redis's clock, and the sum, the "has it changed" and the "not again so
/// soon" decisions are one script, so of all the instances exactly one sends each change, as often as
/// <see cref="OnlineCadence"/> allows (at most once a second; a big room less often).
/// </summary>
public sealed class RedisOnlineCounts(Presence presence, RedisConnection redis, ServerInstance instance) : IOnlineCounts
{
    public static readonly TimeSpan Expiry = TimeSpan.FromSeconds(5);

    // KEYS: the room's hash, the count last sent, the pause after a send. ARGV: this instance, its count, the expiry in
    // milliseconds, the shortest pause in milliseconds (0: only count, send nothing), the longest. The pause after a
    // send is a millisecond per person between the two (OnlineCadence). Returns { the room's count, 1 if to send }.
    private const string Script = """
        local time = redis.call('TIME')
        local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
        local expiry = tonumber(ARGV[3])
        if tonumber(ARGV[2]) > 0 then
          redis.call('HSET', KEYS[1], ARGV[1], ARGV[2] .. ':' .. string.format('%d', now + expiry))
        else
          redis.call('HDEL', KEYS[1], ARGV[1])
        end
        local total = 0
        local fields = redis.call('HGETALL', KEYS[1])
        for i = 1, #fields, 2 do
          local count, expires = string.match(fields[i + 1], '^(%d+):(%d+)$')
          if count == nil or tonumber(expires) < now then
            redis.call('HDEL', KEYS[1], fields[i])
          else
            total = total + tonumber(count)
          end
        end
        if total > 0 then redis.call('PEXPIRE', KEYS[1], expiry) end
        local pause = tonumber(ARGV[4])
        if pause == 0 then return { total, 0 } end
        pause = math.min(math.max(pause, total), tonumber(ARGV[5]))
        if redis.call('GET', KEYS[2]) == tostring(total) then
          redis.call('PEXPIRE', KEYS[2], expiry)
          return { total, 0 }
        end
        if redis.call('SET', KEYS[3], '1', 'NX', 'PX', pause) then
          redis.call('SET', KEYS[2], tostring(total), 'PX', expiry)
          return { total, 1 }
        end
        return { total, 0 }
        """;

    public async Task<int> CountAsync(int chatId, int here)
    {
        try
        {
            return (await RunAsync(chatId, here, send: false)).Count;
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            // Joining still works with Redis away (PresenceBroadcaster logs it): the room shows this instance's count.
            return here;
        }
    }

    public async Task<IReadOnlyList<(int ChatId, int Count)>> ChangesAsync()
    {
        // A room emptied here is written once more (its field removed); a room with people is refreshed every time, which
        // is also how a change on another instance, or its expiry, is seen.
        var rooms = presence.TakeChanges().ToDictionary();
        foreach (var (chatId, count) in presence.Rooms())
        {
            rooms[chatId] = count;
        }

        var counted = await Task.WhenAll(rooms.Select(async room => (room.Key, await RunAsync(room.Key, room.Value, send: true))));
        return [.. counted.Where(c => c.Item2.Send).Select(c => (c.Key, c.Item2.Count))];
    }

    private async Task<(int Count, bool Send)> RunAsync(int chatId, int here, bool send)
    {
        var room = $"CommunityChat:online:{{{chatId.ToString(CultureInfo.InvariantCulture)}}}";
        var database = await redis.DatabaseAsync();
        var result = (RedisResult[])(await database.ScriptEvaluateAsync(
            Script,
            [room, room + ":sent", room + ":pause"],
            [instance.Id, here, (long)Expiry.TotalMilliseconds, send ? (long)OnlineCadence.Shortest.TotalMilliseconds : 0,
                (long)OnlineCadence.Longest.TotalMilliseconds]))!;
        return ((int)result[0], (int)result[1] == 1);
    }
}
