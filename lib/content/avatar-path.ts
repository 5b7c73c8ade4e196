/** Editors may write `/avatars/x.jpg`, `avatars/x.jpg` or `public/avatars/x.jpg`; the site serves `/avatars/x.jpg`. */
export function avatarPathInPublic(avatar: string): string | undefined {
  if (avatar.split('/').includes('..') || /^[a-z]+:/i.test(avatar)) return undefined;
  return avatar.replace(/^\/+/, '').replace(/^public\//, '');
}
