namespace CommunityChat.Core.Imports;

/// <summary>Why a whole import is refused (an import is all or nothing); the web layer words it per language.</summary>
public enum ImportProblem
{
    /// <summary>Nothing but white space.</summary>
    Empty,

    /// <summary>Over <see cref="ChatImport.MaxBytes"/> bytes of UTF-8.</summary>
    TooLarge,

    /// <summary>Binary: a NUL character, or more than one character in ten a control character or U+FFFD.</summary>
    NotText,

    /// <summary>Not JSON; Line is the line of the error, Detail an excerpt of it.</summary>
    BrokenJson,

    /// <summary>Valid JSON that is no tweet form (a bare number, an object of unknown keys, an array of numbers).</summary>
    WrongShape,

    /// <summary>A field a tweet needs is absent or of the wrong type or value; Detail is its path ("user.screen_name").</summary>
    MissingField,

    /// <summary>Readable input without a single post: no attribution lines, no tweets, only retweets.</summary>
    NoTweetsFound,
}
