/**
 * Container images as stacks of read-only layers. A small built-in catalogue of
 * well-known images (sizes rounded from Docker Hub's amd64 tags) shares base layers
 * the way real images do: `shop-api` is built FROM `python:3.12-slim`, which is FROM
 * `debian:12-slim`, so a host that already holds one pulls only the layers it lacks.
 * An unknown image name still gets a deterministic stack (a Debian base plus one app
 * layer sized from a hash of the name), so any scenario runs.
 */

export interface ImageFile {
  path: string;
  sizeMiB: number;
}

export interface Layer {
  /** Short content digest, the identity that makes layers shareable. */
  id: string;
  /** The Dockerfile instruction that made it (shown as code, not translated). */
  instruction: string;
  sizeMiB: number;
  /** A few files it holds, for the copy-on-write demonstration. */
  files: ImageFile[];
}

function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function layer(instruction: string, sizeMiB: number, files: [string, number][]): Layer {
  const id = `sha256:${hash(instruction).toString(16).padStart(8, '0')}`;
  return { id, instruction, sizeMiB, files: files.map(([path, size]) => ({ path, sizeMiB: size })) };
}

const debian = layer('FROM debian:12-slim', 74, [['/etc/os-release', 0.01], ['/etc/ssl/openssl.cnf', 0.02], ['/usr/lib/x86_64-linux-gnu/libc.so.6', 2]]);
const alpine = layer('FROM alpine:3.20', 8, [['/etc/os-release', 0.01], ['/lib/ld-musl-x86_64.so.1', 0.6]]);
const python = layer('RUN install python 3.12', 45, [['/usr/local/lib/python3.12/site.py', 0.03], ['/usr/local/bin/python3.12', 0.02]]);
const pip = layer('RUN pip install --upgrade pip', 12, [['/usr/local/lib/python3.12/site-packages/pip/__init__.py', 0.01]]);
const nginx = layer('RUN apt-get install -y nginx', 60, [['/etc/nginx/nginx.conf', 0.01], ['/usr/sbin/nginx', 1.3]]);
const nginxConf = layer('COPY default.conf /etc/nginx/conf.d/', 1, [['/etc/nginx/conf.d/default.conf', 0.01]]);

const CATALOGUE: Readonly<Record<string, readonly Layer[]>> = {
  'debian:12-slim': [debian],
  'alpine:3.20': [alpine],
  'python:3.12-slim': [debian, python, pip],
  'nginx:1.27': [debian, nginx, nginxConf],
  'node:22-alpine': [alpine, layer('RUN install node 22', 140, [['/usr/local/bin/node', 95]]), layer('RUN npm install -g yarn', 5, [['/usr/local/lib/node_modules/yarn/package.json', 0.01]])],
  'redis:7': [debian, layer('RUN install redis 7', 30, [['/usr/local/bin/redis-server', 12], ['/etc/redis/redis.conf', 0.1]])],
  'postgres:16': [debian, layer('RUN apt-get install -y postgresql-16', 120, [['/usr/lib/postgresql/16/bin/postgres', 9], ['/etc/postgresql/16/main/postgresql.conf', 0.03]])],
  'shop-api:1.0': [debian, python, pip, layer('RUN pip install -r requirements.txt', 35, [['/usr/local/lib/python3.12/site-packages/flask/app.py', 0.06]]), layer('COPY app/ /app/', 2, [['/app/app.py', 0.02], ['/app/config.yaml', 0.01]])],
  'shop-web:1.0': [debian, nginx, nginxConf, layer('COPY static/ /usr/share/nginx/html/', 4, [['/usr/share/nginx/html/index.html', 0.01]])],
  // Version 2.0 of the same site: only its top layer differs (new pages and assets), so a host holding 1.0 pulls just that.
  'shop-web:2.0': [debian, nginx, nginxConf, layer('COPY static-2.0/ /usr/share/nginx/html/', 40, [['/usr/share/nginx/html/index.html', 0.01], ['/usr/share/nginx/html/app.js', 12]])],
};

/** Images offered in the UI's "run a container" menu, in this order. */
export const KNOWN_IMAGES: readonly string[] = Object.keys(CATALOGUE);

/** The layers of an image, bottom (base) first. */
export function imageLayers(image: string): readonly Layer[] {
  const known = CATALOGUE[image];
  if (known !== undefined && Object.hasOwn(CATALOGUE, image)) return known;
  const h = hash(image);
  return [debian, layer(`COPY ${image} app`, 20 + (h % 100), [['/app/main', 5], ['/app/config.yaml', 0.01]])];
}

export function imageSizeMiB(image: string): number {
  return imageLayers(image).reduce((n, l) => n + l.sizeMiB, 0);
}
