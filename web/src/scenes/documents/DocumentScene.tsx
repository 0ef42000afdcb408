import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import Markdown from 'react-markdown';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { MarkingBadge } from '../../components/MarkingBadge.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { useFormats } from '../../components/formats.ts';

export function DocumentScene() {
  const { t } = useTranslation();
  const fmt = useFormats();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: ['document', id], queryFn: () => api.document(id) });
  const remove = useMutation({
    mutationFn: () => api.deleteDocument(id),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['documents'] });
      navigate('/documents');
    },
  });
  return (
    <Stack>
      <Anchor component={Link} to="/documents">
        {t('documents.back')}
      </Anchor>
      <QueryState query={query}>
        {(doc) => (
          <Stack>
            <Group justify="space-between" align="start">
              <Stack gap={4}>
                <Title order={2}>{doc.title}</Title>
                <Group gap="xs">
                  <MarkingBadge marking={doc.sharing.marking} />
                  <Text size="sm">{`${t(`docKinds.${doc.kind}`)} · ${fmt.day(doc.documentDate)} · ${doc.sharing.ownerOrgName}`}</Text>
                </Group>
                <Text size="sm" c="dark.5">
                  {t(`markings.help.${doc.sharing.marking}`)}
                  {[...doc.sharing.audienceGroups, ...doc.sharing.audienceOrgs, ...doc.sharing.recipients].length > 0 &&
                    `: ${[...doc.sharing.audienceGroups, ...doc.sharing.audienceOrgs, ...doc.sharing.recipients].map((a) => a.name).join(', ')}`}
                </Text>
              </Stack>
              {(doc.abilities.update || doc.abilities.delete) && (
                <Group>
                  {doc.abilities.update && (
                    <Button component={Link} to={`/documents/${doc.id}/edit`} variant="light">
                      {t('documents.edit')}
                    </Button>
                  )}
                  <Button
                    hidden={!doc.abilities.delete}
                    color="red.9"
                    variant="outline"
                    loading={remove.isPending}
                    onClick={() => {
                      if (window.confirm(t('documents.confirmDelete'))) remove.mutate();
                    }}
                  >
                    {t('documents.delete')}
                  </Button>
                </Group>
              )}
            </Group>
            <Paper withBorder p="md" className="markdown-body">
              <Markdown>{doc.body}</Markdown>
            </Paper>
            <Text>
              {doc.file ? (
                <Anchor href={`/api/documents/${doc.id}/file`} download={doc.file.name}>
                  {t('documents.download', { name: doc.file.name })}
                </Anchor>
              ) : (
                t('documents.noFile')
              )}
            </Text>
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
