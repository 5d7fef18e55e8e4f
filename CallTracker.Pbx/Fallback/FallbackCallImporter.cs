using System.Text;
using CallTracker.Pbx.Calls;
using CallTracker.Pbx.Calls.Events;
using CallTracker.Pbx.Calls.Journal;
using CallTracker.Pbx.Reports;
using CallTracker.Pbx.Tracking;
using CallTracker.Store.Repositories;
using CallTracker.Store.Rows;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CallTracker.Pbx.Fallback;

/// <summary>
/// Imports the calls the dialplan fallback connected while the service was down, from cdr_csv's Master.csv, at start-up
/// and every FallbackCalls:ScanMinutes. The call id is the Asterisk uniqueid, so a restart that reads the whole file
/// again imports nothing twice; within a run, the file offset read so far is remembered, so each bad line is logged once.
/// </summary>
public sealed partial class FallbackCallImporter(
    ICallRepository calls,
    CallTypeClassifier callTypes,
    ICallAttribution attribution,
    CallJournal journal,
    IOptionsMonitor<FallbackCallOptions> options,
    TimeProvider time,
    ILogger<FallbackCallImporter> logger) : BackgroundService
{
    private const int ChunkBytes = 64 * 1024;

    private string? _path;
    private long _offset;
    private long _lineNumber;
    private bool _missingLogged;

    /// <summary>Reads the lines added since the last pass; returns the calls imported or upgraded.</summary>
    public async Task<int> ImportAsync(CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        if (!settings.Enabled)
        {
            return 0;
        }

        var path = settings.CdrCsvPath;
        if (!File.Exists(path))
        {
            if (!_missingLogged)
            {
                LogMissing(logger, path);
                _missingLogged = true;
            }

            return 0;
        }

        _missingLogged = false;
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 4096, useAsync: true);

        // A new path or a file shorter than what was read (rotated, truncated) is read from its start.
        if (path != _path || stream.Length < _offset)
        {
            (_path, _offset, _lineNumber) = (path, 0, 0);
        }

        var imported = 0;
        var buffer = new byte[ChunkBytes];
        while (true)
        {
            stream.Seek(_offset, SeekOrigin.Begin);
            var read = await stream.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken);
            var last = Array.LastIndexOf(buffer, (byte)'\n', Math.Max(0, read - 1), read);

            // A line without its newline is still being written; a whole chunk without one is not a CDR line.
            var consumed = last >= 0 ? last + 1 : read == buffer.Length ? read : 0;
            if (consumed == 0)
            {
                return imported;
            }

            var firstLine = _lineNumber;
            try
            {
                imported += await ImportLinesAsync(path, Encoding.UTF8.GetString(buffer, 0, consumed), cancellationToken);
            }
            catch
            {
                _lineNumber = firstLine;
                throw;
            }

            _offset += consumed;
        }
    }

    private async Task<int> ImportLinesAsync(string path, string text, CancellationToken cancellationToken)
    {
        var marked = new Dictionary<string, List<CdrRecord>>(StringComparer.Ordinal);
        var lines = text.Split('\n');
        var count = text.EndsWith('\n') ? lines.Length - 1 : lines.Length;
        foreach (var raw in lines.Take(count))
        {
            var lineNumber = ++_lineNumber;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0)
            {
                continue;
            }

            var fields = CdrCsvLine.Split(line, out var error);
            var record = fields is null ? null : CdrRecord.Parse(fields, out error);
            if (record is null)
            {
                // A line carrying our marker is a call the reports miss; any other (e.g. written before cdr.conf was
                // changed) is not ours, and a warning for each would bury the ones that matter.
                if (line.Contains(FallbackCall.Marker, StringComparison.Ordinal))
                {
                    LogMalformed(logger, path, lineNumber, error!);
                }
                else
                {
                    LogOtherMalformed(logger, path, lineNumber, error!);
                }

                continue;
            }

            if (FallbackCall.IsMarked(record))
            {
                if (!marked.TryGetValue(record.UniqueId, out var list))
                {
                    marked[record.UniqueId] = list = [];
                }

                list.Add(record);
            }
        }

        var imported = 0;
        foreach (var records in marked.Values)
        {
            imported += await ImportCallAsync(records, cancellationToken) ? 1 : 0;
        }

        return imported;
    }

    private async Task<bool> ImportCallAsync(List<CdrRecord> records, CancellationToken cancellationToken)
    {
        var call = FallbackCall.ToCall(records);
        var existing = await calls.GetAsync(call.Id, cancellationToken);
        if (existing is null)
        {
            await calls.InsertAsync(call, cancellationToken);
            await AttributeAsync(call, cancellationToken);
        }
        else if (existing.Status == nameof(CallStatus.MissedByFallback) && call.Status == nameof(CallStatus.HandledByFallback))
        {
            // The answered dial attempt's line came after a pass had read only an unanswered one of the same call.
            await calls.UpdateAsync(call, cancellationToken);
        }
        else
        {
            return false;
        }

        await callTypes.ClassifyAsync(call.Id, cancellationToken);
        LogImported(logger, call.Id, call.TrackingNumber, call.Status);
        return true;
    }

    private async Task AttributeAsync(CallRow call, CancellationToken cancellationToken)
    {
        if (await attribution.DecideAsync(call.Id, call.TrackingNumber, call.ArrivedAt, cancellationToken) is { } found)
        {
            await attribution.StoreAsync(found, call.CallerNumber, cancellationToken);
            var attributed = new CallAttributed(found, call.CallerNumber);
            await journal.AppendAsync(call.Id, call.ArrivedAt, attributed.Kind, attributed.Detail(), cancellationToken);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.CurrentValue.ScanInterval, time);
        do
        {
            try
            {
                var imported = await ImportAsync(stoppingToken);
                if (imported > 0)
                {
                    LogPass(logger, imported);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or SqliteException)
            {
                // The offset only moves past lines that were stored, so the next pass retries them.
                LogFailed(logger, e, options.CurrentValue.CdrCsvPath);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Fallback calls: {Path} does not exist, so calls connected by the dialplan while the service was down cannot be imported; see asterisk-config/cdr.conf")]
    private static partial void LogMissing(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Fallback calls: {Path} line {LineNumber} is skipped: {Problem}")]
    private static partial void LogMalformed(ILogger logger, string path, long lineNumber, string problem);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Fallback calls: {Path} line {LineNumber}, not a fallback call, cannot be read: {Problem}")]
    private static partial void LogOtherMalformed(ILogger logger, string path, long lineNumber, string problem);

    [LoggerMessage(Level = LogLevel.Information, Message = "Fallback call {CallId} to {TrackingNumber} imported from the CDR as {Status}")]
    private static partial void LogImported(ILogger logger, string callId, string trackingNumber, string status);

    [LoggerMessage(Level = LogLevel.Information, Message = "Fallback calls: {Count} call(s) connected by the dialplan while the service was down were imported")]
    private static partial void LogPass(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Fallback calls: reading {Path} or storing its calls failed; the next pass tries again")]
    private static partial void LogFailed(ILogger logger, Exception exception, string path);
}
