namespace Extractor.Scraping.Warc;

/// <summary>Where a record was written: the WARC file's name (within the archive folder), the record's offset and its length in the file.</summary>
public sealed record WarcLocation(string FileName, long Offset, long Length);
