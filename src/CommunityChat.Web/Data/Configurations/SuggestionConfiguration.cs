using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityChat.Web.Data.Configurations;

public sealed class SuggestionConfiguration : IEntityTypeConfiguration<Suggestion>
{
    public void Configure(EntityTypeBuilder<Suggestion> builder)
    {
        builder.Property(s => s.Text).HasMaxLength(20000);
        builder.HasOne<Chat>().WithMany().HasForeignKey(s => s.ChatId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(s => s.Author).WithMany().HasForeignKey(s => s.AuthorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<User>().WithMany().HasForeignKey(s => s.HandledById).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(s => new { s.ChatId, s.Status });
    }
}
