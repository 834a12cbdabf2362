using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityChat.Web.Data.Configurations;

public sealed class RecapConfiguration : IEntityTypeConfiguration<Recap>
{
    public void Configure(EntityTypeBuilder<Recap> builder)
    {
        builder.HasIndex(r => r.ChatId).IsUnique();
        builder.HasOne<Chat>().WithOne().HasForeignKey<Recap>(r => r.ChatId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<User>().WithMany().HasForeignKey(r => r.UpdatedById).OnDelete(DeleteBehavior.Restrict);
    }
}
