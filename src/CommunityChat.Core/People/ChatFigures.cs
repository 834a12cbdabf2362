namespace CommunityChat.Core.People;

/// <summary>
/// One chat's people (SPEC rule 32): how many took part, and how many of them had taken part in an earlier chat of the
/// community; the others are its newcomers.
/// </summary>
public sealed record ChatFigures(int ChatId, int Participants, int Returning)
{
    /// <summary>The share of the participants who came back, from 0 to 1 (0 for a chat nobody took part in).</summary>
    public double ReturningRate => Participants == 0 ? 0 : (double)Returning / Participants;

    public int Newcomers => Participants - Returning;
}
