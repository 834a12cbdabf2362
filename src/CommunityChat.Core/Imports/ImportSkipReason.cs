namespace CommunityChat.Core.Imports;

/// <summary>Why a part of the record is not a post of the chat.</summary>
public enum ImportSkipReason
{
    /// <summary>Blog text between the tweets of a pasted record.</summary>
    Prose,

    /// <summary>A second copy of a tweet: the same id, or the same author and text.</summary>
    DuplicateTweet,

    /// <summary>A retweet repeats someone else's post; it is not a post of the chat.</summary>
    Retweet,

    /// <summary>A line or tweet that cannot be read: broken JSON Lines, an attribution without a date, an unknown author.</summary>
    UnreadableLine,

    /// <summary>A tweet with no text left once its label and embed links are removed.</summary>
    EmptyTweet,
}
