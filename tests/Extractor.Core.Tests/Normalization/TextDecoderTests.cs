using System.Text;
using Extractor.Normalization.Unicode;

namespace Extractor.Core.Tests.Normalization;

public class TextDecoderTests
{
    private const string Sample = "Đảng ủy Khối các Cơ quan tỉnh";

    public static TheoryData<string, byte[]> Encoded()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return new TheoryData<string, byte[]>
        {
            { "utf-8", Encoding.UTF8.GetBytes(Sample) },
            { "utf-8 with BOM", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Sample)] },
            { "utf-16le with BOM", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Sample)] },
            { "utf-16le without BOM", Encoding.Unicode.GetBytes(Sample) },
            { "utf-16be without BOM", Encoding.BigEndianUnicode.GetBytes(Sample) },
        };
    }

    [Theory]
    [MemberData(nameof(Encoded))]
    public void Decodes_the_common_encodings(string name, byte[] bytes)
    {
        TextDecoder.Decode(bytes).Text.Normalize().Should().Be(Sample, name);
    }

    [Fact]
    public void Invalid_utf8_is_reported_not_fatal()
    {
        var result = TextDecoder.Decode([0x41, 0xC3, 0x28, 0x42]);

        result.Errors.Should().ContainSingle().Which.Should().Contain("not valid UTF-8");
        result.Text.Should().StartWith("A");
    }

    [Theory]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31 }, "PDF")]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0x00 }, "JPEG")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14 }, "ZIP")]
    public void Binary_files_are_recognised(byte[] bytes, string kind)
    {
        TextDecoder.LooksBinary(bytes, out var found).Should().BeTrue();
        found.Should().Be(kind);
    }
}
