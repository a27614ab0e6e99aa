import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError } from '@hashidari/domain-core';
import type { AuthUser } from '../../common/auth/auth-user';
import { UserDto } from './dto/user.dto';
import { decodeCursor, pageOf } from '../../common/http/cursor';
import type { Page, PageQueryDto } from '../../common/http/page.dto';
import type { UpdateMeDto } from './dto/update-me.dto';
import { UsersRepository } from './users.repository';

@Injectable()
export class UsersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UsersRepository,
  ) {}

  async me(caller: AuthUser): Promise<UserDto> {
    const user = await this.users.findById(caller.id);
    if (!user) throw new DomainError('UNAUTHENTICATED', 'This account no longer exists');
    return UserDto.from(user);
  }

  async updateMe(caller: AuthUser, changes: UpdateMeDto): Promise<UserDto> {
    return this.dataSource.transaction(async (em) => {
      await this.users.updateLocale(caller.id, changes.locale, em);
      const user = await this.users.findById(caller.id, em);
      if (!user) throw new DomainError('UNAUTHENTICATED', 'This account no longer exists');
      return UserDto.from(user);
    });
  }

  async list(query: PageQueryDto): Promise<Page<UserDto>> {
    const limit = query.limit ?? 20;
    const after = query.cursor ? decodeCursor<{ createdAt: string; id: string }>(query.cursor, { createdAt: 'timestamp', id: 'uuid' }) : undefined;
    const rows = await this.users.listNewestFirst(limit + 1, after);
    const page = pageOf(rows, limit, (last) => ({ createdAt: last.createdAt.toISOString(), id: last.id }));
    return { items: page.items.map(UserDto.from), nextCursor: page.nextCursor };
  }
}
