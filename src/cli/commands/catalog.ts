import { Command } from 'commander';
import { Catalog } from '../../catalog/catalog';
import { textTable } from '../../plan/render/text-table';
import { CliIo } from '../cli-io';
import { catalogOption } from '../options';
import { UsageError } from '../usage-error';
import { writeOutput } from '../write-output';

const TOPICS = ['regions', 'machine-types', 'accelerators', 'runtimes', 'scale-tiers', 'vertex'] as const;
type Topic = (typeof TOPICS)[number];

/** `mljob catalog [TOPIC]`: the platform facts the rules use, with their sources. */
export function registerCatalog(program: Command, io: CliIo): void {
  program
    .command('catalog')
    .description('print the platform facts the rules check against (regions, machine types, accelerators, runtimes, scale tiers; vertex: the Vertex AI custom job facts)')
    .argument('[topic]', TOPICS.join('|'), 'regions')
    .option('--format <format>', 'text|json', 'text')
    .option('--catalog <file>', 'a catalog override file (JSON/YAML) merged over the built-in facts; format: docs/CATALOG.md')
    .option('--out <file>', 'write to a file instead of standard output')
    .option('--force', 'overwrite --out if it exists')
    .action((topic: string, options: { format: string; catalog?: string; out?: string; force?: boolean }) => {
      if (!(TOPICS as readonly string[]).includes(topic)) throw new UsageError(`unknown catalog topic "${topic}"; use one of ${TOPICS.join(', ')}`);
      if (options.format !== 'text' && options.format !== 'json') throw new UsageError(`--format: "${options.format}" is not text or json`);
      const catalog = catalogOption(options.catalog);
      const facts = factsOf(catalog, topic as Topic);
      const text = options.format === 'json' ? JSON.stringify(facts, null, 2) + '\n' : renderTopic(catalog, topic as Topic);
      writeOutput(io, text, options.out, options.force);
    });
}

function factsOf(catalog: Catalog, topic: Topic): unknown {
  switch (topic) {
    case 'regions': return catalog.data.regions;
    case 'machine-types': return catalog.data.machineTypes;
    case 'accelerators': return catalog.data.accelerators;
    case 'runtimes': return catalog.data.runtimeVersions;
    case 'scale-tiers': return catalog.data.scaleTiers;
    case 'vertex': return catalog.vertex.data;
  }
}

function renderTopic(catalog: Catalog, topic: Topic): string {
  const confirmed = (fact: { confirmed?: boolean }): string => (fact.confirmed === false ? 'no' : 'yes');
  if (topic === 'vertex') return renderVertex(catalog);
  let lines: string[];
  switch (topic) {
    case 'regions':
      lines = textTable(['region', 'training', 'batch prediction', 'confirmed'], catalog.data.regions.map((r) => [r.id, yes(r.training), yes(r.batchPrediction), confirmed(r)]), '');
      break;
    case 'machine-types':
      lines = textTable(
        ['machine type', 'category', 'vCPUs', 'memory GB', 'built-in accelerator', 'ML units/h', 'confirmed'],
        catalog.data.machineTypes.map((m) => [
          m.id, m.category, String(m.vcpus ?? '?'), String(m.memoryGb ?? '?'),
          m.builtInAccelerator ? `${m.builtInAccelerator.count} × ${m.builtInAccelerator.type}` : '-', String(m.mlUnits ?? '?'), confirmed(m),
        ]),
        '',
      );
      break;
    case 'accelerators':
      lines = textTable(
        ['accelerator', 'kind', 'counts by machine type', 'regions'],
        catalog.data.accelerators.map((a) => [
          a.id, a.kind,
          Object.entries(a.countsByMachineType).map(([machine, counts]) => `${machine}: ${counts.join('/')}`).join('; '),
          a.regions.join(' '),
        ]),
        '',
      );
      break;
    case 'runtimes':
      lines = textTable(
        ['runtime', 'python', 'GPU', 'TPU', 'end of support', 'confirmed'],
        catalog.data.runtimeVersions.map((v) => [v.version, v.pythonVersions.join(' '), yes(v.gpu), yes(v.tpu), v.endOfSupport ?? '-', confirmed(v)]),
        '',
      );
      break;
    case 'scale-tiers':
      lines = textTable(
        ['scale tier', 'master', 'workers', 'parameter servers', 'accelerator', 'ML units/h'],
        catalog.data.scaleTiers.map((t) => [
          t.id, t.masterType ?? '-', t.workerCount ? `${t.workerCount} × ${t.workerType ?? '?'}` : '-',
          t.parameterServerCount ? `${t.parameterServerCount} × ${t.parameterServerType ?? '?'}` : '-',
          t.accelerator ? `${t.accelerator.count} × ${t.accelerator.type}` : '-', String(t.mlUnits ?? '-'),
        ]),
        '',
      );
      break;
  }
  return `${lines.join('\n')}\n\nCatalog ${catalog.data.version}. Sources: \`mljob catalog ${topic} --format json\` gives each fact's source and read date.\n`;
}

/** The Vertex AI facts: machine families, GPU machine types, accelerators, regions, disks, TPUs and prebuilt images. */
function renderVertex(catalog: Catalog): string {
  const vertex = catalog.vertex.data;
  const sections = [
    textTable(['machine family', 'accelerators', 'TPU topology required'], vertex.machineFamilies.map((f) => [f.prefix, f.accelerators, f.accelerators === 'tpu' ? yes(!!f.tpuTopologyRequired) : '-']), ''),
    textTable(['machine type', 'accelerator counts'], vertex.machineAccelerators.map((m) => [m.machineType, Object.entries(m.counts).map(([type, counts]) => `${type}: ${counts.join('/')}`).join('; ')]), ''),
    textTable(['accelerator', 'kind', 'regions', 'deprecated'], vertex.accelerators.map((a) => [a.id, a.kind, a.regions?.join(' ') ?? '(not checked)', a.deprecated ?? '-']), ''),
    textTable(['prebuilt image', 'framework', 'python', 'runs on', 'end of availability'], vertex.prebuiltImages.images.map((i) => [i.image, `${i.framework} ${i.frameworkVersion}`, i.pythonVersion, i.accelerator, i.endOfAvailability ?? '-']), ''),
    [
      `Training regions: ${vertex.trainingRegions.ids.join(' ')}`,
      `Boot disks: ${vertex.disk.types.join(', ')}; ${vertex.disk.minSizeGb}-${vertex.disk.maxSizeGb} GB (default ${vertex.disk.defaultSizeGb})`,
      `TPU: ${vertex.tpu.cloudTpuMachineType} takes ${vertex.tpu.cloudTpuTypes.join(' or ')} × ${vertex.tpu.cloudTpuCount} (pods: multiples of ${vertex.tpu.podCountMultiple})`,
      `Prebuilt image registries: ${vertex.prebuiltImages.registries.join(', ')}; tag ${vertex.prebuiltImages.tag}; families ${vertex.prebuiltImages.families.join(' ')}`,
    ],
  ];
  return `${sections.map((lines) => lines.join('\n')).join('\n\n')}\n\nVertex AI catalog ${vertex.version}. Sources: \`mljob catalog vertex --format json\` gives each fact's source and read date.\n`;
}

function yes(value: boolean): string {
  return value ? 'yes' : 'no';
}
