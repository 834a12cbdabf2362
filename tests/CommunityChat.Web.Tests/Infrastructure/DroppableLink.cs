using System.Net.Sockets;

namespace CommunityChat.Web.Tests.Infrastructure;

/// <summary>
/// A TCP relay between one client and the app that a test can cut the way a network drops: <see cref="Cut"/> resets
/// every socket through it at once (no WebSocket close, no FIN), so neither side is told anything but that the line
/// died. The next connection through it works again, so the client's own reconnection is what is exercised.
/// </summary>
public sealed class DroppableLink : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Uri _target;
    private readonly Lock _lock = new();
    private readonly HashSet<Socket> _open = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;

    public DroppableLink(Uri target)
    {
        _target = target;
        _listener.Start();
        Address = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
        _accepting = AcceptAsync();
    }

    /// <summary>Where the client connects instead of the app.</summary>
    public Uri Address { get; }

    public int Cuts { get; private set; }

    public void Cut()
    {
        lock (_lock)
        {
            foreach (var socket in _open)
            {
                Reset(socket);
            }

            _open.Clear();
            Cuts++;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting;
        Cut();
        _stop.Dispose();
    }

    private static void Reset(Socket socket)
    {
        try
        {
            socket.LingerState = new LingerOption(true, 0); // close with RST, as a dead line looks to the other side
        }
        catch (SocketException)
        {
            // Already closed by its peer: disposing it is all that is left.
        }

        socket.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (true)
        {
            Socket client;
            try
            {
                client = await _listener.AcceptSocketAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = RelayAsync(client);
        }
    }

    private async Task RelayAsync(Socket client)
    {
        var server = new Socket(SocketType.Stream, ProtocolType.Tcp);
        lock (_lock)
        {
            _open.Add(client);
            _open.Add(server);
        }

        try
        {
            await server.ConnectAsync(_target.Host, _target.Port, _stop.Token);
            await Task.WhenAny(PumpAsync(client, server), PumpAsync(server, client));
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException or OperationCanceledException or IOException)
        {
            // Cut, or closed by one side: the relay ends with the connection.
        }
        finally
        {
            lock (_lock)
            {
                _open.Remove(client);
                _open.Remove(server);
            }

            Reset(client);
            Reset(server);
        }
    }

    private static async Task PumpAsync(Socket from, Socket to)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await from.ReceiveAsync(buffer, SocketFlags.None)) > 0)
            {
                await to.SendAsync(buffer.AsMemory(0, read), SocketFlags.None);
            }
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            // Cut: the other direction ends too, in RelayAsync.
        }
    }
}
