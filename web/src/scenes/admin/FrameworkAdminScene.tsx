// The secretariat's framework page (/admin/framework, issue 9's console): the lines of effort,
// their objectives and sub-objectives as nested lists, each element with buttons to rename it,
// add an element under it and move it up or down among its siblings (framework module: one
// audited POST or PATCH each), and to delete one added by mistake (nothing under it, nothing
// recorded against it: asked first). The API keeps a code once given and has no archive or
// move to another parent, so neither is offered.
import './console-i18n/index.ts';
import { Alert, Badge, Box, Button, Card, Group, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, type FrameworkNode, api } from '../../api/client.ts';
import { ConfirmAction } from '../../components/ConfirmAction.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { useFormGuard } from '../../hooks/useFormGuard.ts';
import { useLeaveGuard } from '../../hooks/useLeaveGuard.ts';
import { useSession } from '../../hooks/useSession.ts';
import { useLocalName } from '../../hooks/useLocalName.ts';
import { TranslatedNameFields, translatedNamesBody } from '../../components/TranslatedNameFields.tsx';

type Kind = FrameworkNode['kind'];
const CHILD_KIND: Record<Kind, Kind | null> = { line: 'objective', objective: 'sub_objective', sub_objective: null };

/** The one form open on the page: renaming element `nodeId`, or adding under it ('' for a new line of effort). */
type Editing = { mode: 'rename' | 'add'; nodeId: string } | null;
type Fields = { code: string; name: string; nameFr: string; nameAr: string; description: string };

export function FrameworkAdminScene() {
  const { t } = useTranslation();
  const session = useSession();
  const tree = useQuery({ queryKey: ['framework'], queryFn: api.framework });
  const [editing, setEditing] = useState<Editing>(null);
  const [announce, setAnnounce] = useState('');

  if (session.data && !session.data.abilities.manageFramework) return <Alert color="red">{t('adminConsole.notAllowed')}</Alert>;
  return (
    <Stack maw={1000}>
      <Title order={2}>{t('adminConsole.framework.title')}</Title>
      <Text size="sm">{t('adminConsole.framework.intro')}</Text>
      <Text size="sm" role="status" data-testid="framework-status">
        {announce}
      </Text>
      <Group>
        <Button id="add-line" onClick={() => setEditing({ mode: 'add', nodeId: '' })} aria-expanded={editing?.mode === 'add' && editing.nodeId === ''}>
          {t('adminConsole.framework.addLine')}
        </Button>
      </Group>
      {editing?.mode === 'add' && editing.nodeId === '' && (
        <Card withBorder>
          <NodeForm
            key="new-line"
            editing={editing}
            kind="line"
            siblings={tree.data ?? []}
            onDone={(msg) => {
              setEditing(null);
              if (msg) setAnnounce(msg);
            }}
          />
        </Card>
      )}
      <QueryState query={tree}>
        {(nodes) => (
          <section aria-label={t('adminConsole.framework.treeLabel')}>
            <NodeList nodes={nodes} parentId="" editing={editing} setEditing={setEditing} announce={setAnnounce} />
          </section>
        )}
      </QueryState>
    </Stack>
  );
}

/**
 * The focus after a change that re-renders the list: the first of `selectors` there and enabled,
 * else the parent's first button, else "Add a line of effort" — never lost to the page's top.
 */
function focusAfter(selectors: string[], parentId: string) {
  requestAnimationFrame(() => {
    const wanted = selectors.map((sel) => document.querySelector<HTMLButtonElement>(sel)).find((el) => el && !el.disabled);
    const parent = parentId ? document.getElementById(`node-${parentId}`)?.parentElement?.querySelector<HTMLElement>('button') : null;
    (wanted ?? parent ?? document.getElementById('add-line'))?.focus();
  });
}

function NodeList({
  nodes,
  parentId,
  editing,
  setEditing,
  announce,
}: {
  nodes: FrameworkNode[];
  /** The element these are under ('' for the lines of effort). */
  parentId: string;
  editing: Editing;
  setEditing: (e: Editing) => void;
  announce: (message: string) => void;
}) {
  const { t } = useTranslation();
  const name = useLocalName();
  const queryClient = useQueryClient();
  // Moving one element renumbers its siblings 0, 1, 2…: only those whose position changes are sent.
  const move = useMutation({
    mutationFn: async ({ index, by }: { index: number; by: -1 | 1 }) => {
      const order = [...nodes];
      const [moved] = order.splice(index, 1);
      order.splice(index + by, 0, moved!);
      for (const [position, n] of order.entries()) if (n.position !== position) await api.updateFrameworkNode(n.id, { position });
      return { node: moved!, position: index + by };
    },
    onSuccess: async ({ node, position }, { by }) => {
      await queryClient.invalidateQueries({ queryKey: ['framework'] });
      announce(t('adminConsole.framework.moved', { name: name(node), position: position + 1, total: nodes.length }));
      // The button pressed keeps the focus (the element moved with it), or its twin at the end of the list.
      focusAfter([`[data-move="${node.id}:${by}"]`, `[data-move="${node.id}:${-by}"]`], parentId);
    },
    onError: (e) => announce(e.message),
  });
  const [deleting, setDeleting] = useState<string | null>(null);
  const [refused, setRefused] = useState<{ id: string; message: string } | null>(null);
  const remove = useMutation({
    mutationFn: async (node: FrameworkNode) => {
      await api.deleteFrameworkNode(node.id);
      return node;
    },
    onSuccess: async (node) => {
      setDeleting(null);
      await queryClient.invalidateQueries({ queryKey: ['framework'] });
      announce(t('adminConsole.framework.deleted', { name: name(node) }));
      focusAfter([], parentId);
    },
    onError: (e, node) => {
      setDeleting(null);
      // In use (409): said in the reader's language; anything else as the server said it.
      setRefused({ id: node.id, message: e instanceof ApiError && e.status === 409 ? t('adminConsole.framework.deleteRefused', { name: name(node) }) : e.message });
      focusAfter([`[data-delete="${node.id}"]`], parentId);
    },
  });
  return (
    <ul className="framework-tree" style={{ listStyle: 'none', paddingInlineStart: parentId ? 24 : 0, margin: 0 }} data-testid={parentId ? undefined : 'framework-tree'}>
      {nodes.map((n, i) => {
        const childKind = CHILD_KIND[n.kind];
        const renaming = editing?.mode === 'rename' && editing.nodeId === n.id;
        const adding = editing?.mode === 'add' && editing.nodeId === n.id;
        return (
          <li key={n.id} data-node={n.code}>
            <Group gap="xs" py={4} wrap="wrap">
              <Text span fw={n.kind === 'line' ? 700 : 500} id={`node-${n.id}`}>
                <bdi>{name(n)}</bdi>
              </Text>
              <Badge variant="light" color="gray">
                {t(`adminConsole.framework.kinds.${n.kind}`)}
              </Badge>
              <Text span size="xs" c="dark.5" dir="ltr">
                {n.code}
              </Text>
              <Button
                size="compact-xs"
                variant="default"
                aria-expanded={renaming}
                aria-label={t('adminConsole.framework.renameNamed', { name: name(n) })}
                onClick={() => setEditing(renaming ? null : { mode: 'rename', nodeId: n.id })}
              >
                {t('adminConsole.framework.rename')}
              </Button>
              {childKind && (
                <Button
                  size="compact-xs"
                  variant="default"
                  aria-expanded={adding}
                  aria-label={t(`adminConsole.framework.addUnder.${childKind}`, { name: name(n) })}
                  onClick={() => setEditing(adding ? null : { mode: 'add', nodeId: n.id })}
                >
                  {t(`adminConsole.framework.add.${childKind}`)}
                </Button>
              )}
              {n.children.length === 0 && (
                <Button
                  size="compact-xs"
                  variant="default"
                  color="red"
                  data-delete={n.id}
                  aria-expanded={deleting === n.id}
                  aria-label={t('adminConsole.framework.deleteNamed', { name: name(n) })}
                  onClick={() => {
                    setRefused(null);
                    setDeleting(deleting === n.id ? null : n.id);
                  }}
                >
                  {t('adminConsole.framework.delete')}
                </Button>
              )}
              <Button
                size="compact-xs"
                variant="subtle"
                data-move={`${n.id}:-1`}
                disabled={i === 0}
                aria-label={t('adminConsole.framework.moveUp', { name: name(n) })}
                onClick={() => !move.isPending && move.mutate({ index: i, by: -1 })}
              >
                ↑
              </Button>
              <Button
                size="compact-xs"
                variant="subtle"
                data-move={`${n.id}:1`}
                disabled={i === nodes.length - 1}
                aria-label={t('adminConsole.framework.moveDown', { name: name(n) })}
                onClick={() => !move.isPending && move.mutate({ index: i, by: 1 })}
              >
                ↓
              </Button>
            </Group>
            {deleting === n.id && (
              <ConfirmAction
                title={t('adminConsole.framework.confirmDeleteTitle')}
                message={t('adminConsole.framework.confirmDelete', { name: name(n) })}
                confirmLabel={t('adminConsole.framework.deleteYes')}
                cancelLabel={t('adminConsole.cancel')}
                onConfirm={() => remove.mutate(n)}
                onCancel={() => {
                  setDeleting(null);
                  focusAfter([`[data-delete="${n.id}"]`], parentId);
                }}
                loading={remove.isPending}
                danger
              />
            )}
            {refused?.id === n.id && (
              <Alert color="red" role="alert" my="xs" withCloseButton closeButtonLabel={t('adminConsole.close')} onClose={() => setRefused(null)}>
                {refused.message}
              </Alert>
            )}
            {(renaming || adding) && (
              <Card withBorder my="xs">
                <NodeForm
                  key={`${editing?.mode}-${n.id}`}
                  editing={editing!}
                  node={renaming ? n : undefined}
                  parent={adding ? n : undefined}
                  kind={renaming ? n.kind : childKind!}
                  siblings={adding ? n.children : nodes}
                  onDone={(msg) => {
                    setEditing(null);
                    if (msg) announce(msg);
                    requestAnimationFrame(() => document.getElementById(`node-${n.id}`)?.parentElement?.querySelector<HTMLElement>('button')?.focus());
                  }}
                />
              </Card>
            )}
            {n.children.length > 0 && <NodeList nodes={n.children} parentId={n.id} editing={editing} setEditing={setEditing} announce={announce} />}
          </li>
        );
      })}
    </ul>
  );
}

/** Renames `node`, or adds an element of `kind` under `parent` (a line of effort when there is none). */
function NodeForm({
  editing,
  node,
  parent,
  kind,
  siblings,
  onDone,
}: {
  editing: NonNullable<Editing>;
  node?: FrameworkNode;
  parent?: FrameworkNode;
  kind: Kind;
  siblings: FrameworkNode[];
  onDone: (message: string | null) => void;
}) {
  const { t } = useTranslation();
  const name = useLocalName();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const baseline = useMemo<Fields>(
    () => ({ code: node?.code ?? '', name: node?.name ?? '', nameFr: node?.nameFr ?? '', nameAr: node?.nameAr ?? '', description: node?.description ?? '' }),
    [node],
  );
  const [f, setF] = useState<Fields>(baseline);
  // Each form keeps its own draft: renaming this element, or adding under it.
  const guard = useFormGuard(f, baseline, setF, `${editing.mode}:${editing.nodeId || 'root'}`);
  useLeaveGuard(guard.dirty);
  const set = (key: keyof Fields, value: string) => setF((x) => ({ ...x, [key]: value }));
  const save = useMutation({
    mutationFn: async () => {
      if (node) return await api.updateFrameworkNode(node.id, { name: f.name, ...translatedNamesBody(f), description: f.description });
      const position = siblings.reduce((max, s) => Math.max(max, s.position + 1), 0);
      return await api.createFrameworkNode({
        parentId: parent?.id ?? null,
        kind,
        code: f.code.trim(),
        name: f.name,
        ...translatedNamesBody(f),
        description: f.description,
        position,
      });
    },
    onSuccess: async (saved) => {
      guard.clear();
      await queryClient.invalidateQueries({ queryKey: ['framework'] });
      onDone(node ? t('adminConsole.framework.renamed', { name: name(saved) }) : t('adminConsole.framework.added', { name: name(saved) }));
    },
  });
  const err = save.error instanceof ApiError ? save.error : undefined;
  // Opened, the form's first field takes the focus; after a refusal, the first field it names.
  useEffect(() => formRef.current?.querySelector<HTMLElement>('input')?.focus(), []);
  useEffect(() => {
    if (!save.error) return;
    const frame = requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
    return () => cancelAnimationFrame(frame);
  }, [save.error]);
  // The code's refusals in the reader's language: taken (409), empty, or not in the form a code takes.
  const codeError =
    err?.fieldError('code') && (err.status === 409 ? t('adminConsole.framework.codeTaken') : f.code.trim() ? t('adminConsole.framework.codeRule') : t('forms.rule.required'));
  const title = node
    ? t('adminConsole.framework.renameTitle', { name: name(node) })
    : parent
      ? t(`adminConsole.framework.addUnder.${kind}`, { name: name(parent) })
      : t('adminConsole.framework.addLine');
  const titleId = `form-${editing.mode}-${editing.nodeId || 'root'}`;
  return (
    <form
      ref={formRef}
      noValidate
      aria-labelledby={titleId}
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !guard.dirty) onDone(null);
      }}
    >
      <Title order={4} size="h5" id={titleId} mb="xs">
        {title}
      </Title>
      {guard.restored && (
        <Alert color="blue" role="status" mb="sm">
          <Text size="sm">{t('forms.draftRestored')}</Text>
          <Button variant="subtle" size="compact-sm" onClick={guard.discard}>
            {t('forms.discardDraft')}
          </Button>
        </Alert>
      )}
      {save.isError && (
        <Alert color="red" role="alert" mb="sm">
          {err?.errors.length ? t('forms.invalid', { count: err.errors.length }) : save.error.message}
        </Alert>
      )}
      <Group align="start">
        {!node && (
          <TextInput
            label={t('adminConsole.framework.code')}
            description={t('adminConsole.framework.codeHelp')}
            value={f.code}
            onChange={(e) => set('code', e.currentTarget.value)}
            error={codeError}
            required
            dir="ltr"
            w={220}
          />
        )}
        <TextInput label={t('adminConsole.framework.name')} value={f.name} onChange={(e) => set('name', e.currentTarget.value)} error={err?.fieldError('name')} required w={380} />
      </Group>
      <Box mt="sm">
        <TranslatedNameFields value={f} onChange={set} error={(field) => err?.fieldError(field)} w={300} />
      </Box>
      <Textarea
        label={t('adminConsole.framework.description')}
        value={f.description}
        onChange={(e) => set('description', e.currentTarget.value)}
        error={err?.fieldError('description')}
        autosize
        minRows={2}
        mt="sm"
        maw={620}
      />
      <Group mt="sm">
        <Button type="submit" loading={save.isPending}>
          {node ? t('adminConsole.save') : t('adminConsole.framework.addButton')}
        </Button>
        <Button
          variant="default"
          onClick={() => {
            guard.discard();
            onDone(null);
          }}
        >
          {t('adminConsole.cancel')}
        </Button>
      </Group>
    </form>
  );
}
