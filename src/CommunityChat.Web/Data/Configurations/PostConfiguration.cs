using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityChat.Web.Data.Configurations;

public sealed class PostConfiguration : IEntityTypeConfiguration<Post>
{
    public void Configure(EntityTypeBuilder<Post> builder)
    {
        // The database itself refuses a second post with the same sequence in a chat. Held posts have none (null is
        // never equal to null here); the moderators' queue reads them through this index too.
        builder.HasIndex(p => new { p.ChatId, p.Sequence }).IsUnique();
        builder.HasIndex(p => new { p.ChatId, p.AuthorId, p.QuestionNumber });
        // Who took part in which chat (rule 32), read from the index alone: only the posts that count are in it.
        builder.HasIndex(p => new { p.ChatId, p.AuthorId }, "IX_Posts_Attendance")
            .HasFilter("\"DeletedAt\" IS NULL AND \"Sequence\" IS NOT NULL AND NOT \"Hidden\" AND \"Kind\" <> 'Question'");
        builder.Property(p => p.Label).HasMaxLength(8);
        builder.Property(p => p.Part).HasMaxLength(1);
        builder.Property(p => p.Text).HasMaxLength(20000);
        builder.Property(p => p.HiddenReason).HasMaxLength(500);
        builder.Property(p => p.RejectedReason).HasMaxLength(500);
        builder.Property(p => p.HeldFor).HasMaxLength(100);
        builder.HasOne<Chat>().WithMany().HasForeignKey(p => p.ChatId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(p => p.Author).WithMany().HasForeignKey(p => p.AuthorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Post>().WithMany().HasForeignKey(p => p.ReplyToId).OnDelete(DeleteBehavior.Restrict);
    }
}
