import { Button, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { currentLocale } from '../../../lib/i18n';
import { useExportMyData, type DownloadProgress } from '../api/export-my-data';

function formatSize(bytes: number, locale: string): string {
  const kilobytes = bytes / 1024;
  return new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: kilobytes < 10 ? 1 : 0 }).format(kilobytes);
}

/** Saves a Blob as a file through a temporary link (the browser's own download). */
function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "Download my data": GET /me/export saved as a JSON file, with the download's progress. */
export function DataExport() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [progress, setProgress] = useState<DownloadProgress | null>(null);
  const exportData = useExportMyData(setProgress);

  const start = () => {
    setProgress(null);
    exportData.mutate(undefined, {
      onSuccess: (blob) => saveFile(blob, `hashidari-export-${new Date().toISOString().slice(0, 10)}.json`),
    });
  };

  const percent = progress?.total ? Math.min(100, Math.round((progress.received / progress.total) * 100)) : null;
  const statusText = exportData.isPending
    ? progress
      ? percent !== null
        ? t('profile.account.export.progress', { percent, size: formatSize(progress.received, locale) })
        : t('profile.account.export.received', { size: formatSize(progress.received, locale) })
      : t('profile.account.export.preparing')
    : exportData.isSuccess
      ? t('profile.account.export.done', { size: formatSize(exportData.data.size, locale) })
      : '';

  return (
    <Paper withBorder radius="lg" p={{ base: 'md', sm: 'xl' }} mt="lg" className="surface" component="section" aria-labelledby="settings-export-heading">
      <Title order={2} id="settings-export-heading" className="section-title section-title--small">
        {t('profile.account.export.heading')}
      </Title>
      <Stack gap="sm" mt="xs">
        <Text size="sm">{t('profile.account.export.lead')}</Text>
        <div>
          <Button onClick={start} loading={exportData.isPending} variant="light">
            {t('profile.account.export.button')}
          </Button>
        </div>
        {exportData.isPending ? (
          <Progress
            value={percent ?? 100}
            animated={percent === null}
            striped={percent === null}
            size="md"
            radius="xl"
            aria-label={t('profile.account.export.progressLabel')}
          />
        ) : null}
        <Text role="status" size="sm" className="settings-status">
          {statusText}
        </Text>
        <ErrorAlert error={exportData.error} />
      </Stack>
    </Paper>
  );
}
